import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer
def target(x):
    y = x + 1
    return y * 2
sys.settrace(tracer)
target(3)
sys.settrace(None)
print(events)
print(sys.gettrace())
events.clear()
def target(x):
    for i in range(x):
        pass
    return x
sys.settrace(tracer)
target(2)
sys.settrace(None)
print(events)
print(len(events))
