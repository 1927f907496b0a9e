import sys

log = []


def target(n):
    a = n + 1
    b = a * 2
    return b


# A global tracer that returns None for 'call' traces no lines of that frame.
def only_calls(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        log.append((frame.f_code.co_name, event))
    return None


sys.settrace(only_calls)
target(1)
sys.settrace(None)
print(log)
log.clear()


# Returning None from a line event keeps the local trace function.
def local(frame, event, arg):
    log.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return None


def global_tracer(frame, event, arg):
    if frame.f_code is target.__code__:
        return local
    return None


sys.settrace(global_tracer)
target(2)
sys.settrace(None)
print(log)
log.clear()


# f_locals as the tracer sees them; f_back.
def show_locals(frame, event, arg):
    if frame.f_code is target.__code__:
        log.append((event, sorted(frame.f_locals.items()), frame.f_back.f_code.co_name))
        return show_locals
    return None


def caller():
    return target(5)


sys.settrace(show_locals)
caller()
sys.settrace(None)
for e in log:
    print(e)
log.clear()


# f_trace set by hand on the current frame, f_trace_lines off, then on.
def hand(frame, event, arg):
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return hand


def handset():
    f = sys._getframe()
    f.f_trace = hand
    sys.settrace(lambda *a: None)
    x = 1
    f.f_trace_lines = False
    y = 2
    f.f_trace_lines = True
    z = 3
    sys.settrace(None)
    return f.f_trace is hand, f.f_trace_lines


print(handset())
print(log)
log.clear()


# Opcode events.
def opcodes(frame, event, arg):
    if frame.f_code is target.__code__:
        frame.f_trace_opcodes = True
        log.append((event, frame.f_lasti))
        return opcodes
    return None


sys.settrace(opcodes)
target(3)
sys.settrace(None)
print(log)
log.clear()

# The tracer's own calls are not traced; gettrace inside it.
seen = []


def helper():
    return 1


def self_calling(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        seen.append((frame.f_code.co_name, event))
        helper()
        seen.append(sys.gettrace() is self_calling)
    return self_calling


sys.settrace(self_calling)
target(4)
sys.settrace(None)
print(seen)
print(sys.gettrace())
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print(e)
