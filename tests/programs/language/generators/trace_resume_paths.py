# Trace events of generators resumed by next(), for loops and sum(), with tracing turned on
# while they are suspended or running.
import sys

def gen():
    for i in range(3):
        yield i
        x = i

def tracer(frame, event, arg):
    if frame.f_code.co_name == "gen":
        print(event, frame.f_lineno)
    return tracer

g = gen()
print(next(g))
sys.settrace(tracer)
print(next(g))
for v in g:
    print("v", v)
sys.settrace(None)
h = gen()
next(h)
sys.settrace(tracer)
print(sum(h))
sys.settrace(None)
k = gen()
sys.settrace(tracer)
print(sum(k))
sys.settrace(None)


def tracer2(frame, event, arg):
    if frame.f_code.co_name == "gen":
        print(event, frame.f_lineno)
    return tracer2

def gen():
    for i in range(4):
        if i == 2:
            sys.settrace(tracer2)
        yield i
    sys.settrace(None)

print(sum(gen()))

def gen2():
    for i in range(4):
        yield i
        if i == 1:
            sys.settrace(tracer2)
    sys.settrace(None)

print(list(gen2()), sum(gen2()))
sys.settrace(None)
