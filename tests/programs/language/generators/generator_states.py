import inspect

def g():
    yield 1

gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
try:
    next(gen)
except StopIteration:
    pass
print(inspect.getgeneratorstate(gen))
print(gen.gi_running, gen.gi_frame)
