def sub():
    try:
        x = yield "s1"
        print("sub got", x)
        y = yield "s2"
        print("sub got", y)
    except KeyError:
        print("sub caught KeyError")
        yield "s3"
    finally:
        print("sub finally")
    return "subret"

def top():
    r = yield from sub()
    print("top got", r)
    yield "t"

t = top()
print(next(t))
print(t.gi_yieldfrom is not None, type(t.gi_yieldfrom).__name__)
print(t.send("A"))
print(t.throw(KeyError))
print(next(t))
print(t.gi_yieldfrom)
try:
    next(t)
except StopIteration:
    print("stop")

t = top(); next(t); t.close(); print("closed", t.gi_frame)

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(42)
        return self.n
    def throw(self, *a):
        print("It.throw", len(a))
        return "from-throw"
    def close(self): print("It.close")
def d():
    r = yield from It()
    print("d ret", r)
print(list(d()))
dd = d(); next(dd); print(dd.throw(ValueError)); dd.close()

def e():
    yield from [1, 2]
    return (yield from range(2))
print(list(e()))

def deep(n):
    if n == 0:
        return (yield n)
    return (yield from deep(n - 1))
gg = deep(50); print(next(gg))
try:
    gg.send("bottom")
except StopIteration as ex:
    print(ex.value)

def thrower():
    yield from sub()
tt = thrower(); next(tt)
try:
    tt.throw(ValueError("v"))
except ValueError as ex:
    print("propagated", ex)

# exc_info inside generators
import sys
def exc_gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
eg = exc_gen()
print(next(eg), sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    print(next(eg), sys.exc_info()[0].__name__)
print(next(eg))

# finalizer
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin runs")
f = fin(); next(f); del f
print("after del")
for v in fin():
    break
print("after break")
