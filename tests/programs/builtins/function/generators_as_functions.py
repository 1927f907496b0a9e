def gen():
    yield 1
    yield 2
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(list(g), g.gi_frame)
def sub():
    r = yield from gen()
    yield "done"
print(list(sub()))
def with_return():
    yield 1
    return 99
def delegator():
    r = yield from with_return()
    yield r
print(list(delegator()))
import inspect
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.getgeneratorstate(gen()))
