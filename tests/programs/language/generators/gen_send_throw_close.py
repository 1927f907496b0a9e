def g():
    x = yield 1
    print("x =", x)
    try:
        y = yield 2
    except KeyError as e:
        print("caught", repr(e))
        y = yield 3
    return ("done", y)

a = g()
print(type(a).__name__, a.__name__, a.__qualname__, a.gi_running, a.gi_suspended, a.gi_yieldfrom)
try:
    a.send(5)
except TypeError as e:
    print("TypeError:", e)
print(a.send(None))
print(a.send("sent"))
print(a.throw(KeyError("k")))
try:
    a.send("last")
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
print(a.gi_frame, a.gi_suspended)
try:
    next(a)
except StopIteration as e:
    print("again", e.args)
try:
    a.throw(ValueError("after"))
except ValueError as e:
    print("thrown into finished:", e)
print(a.close())

# throw signatures
def h():
    while True:
        try:
            yield
        except Exception as e:
            print("h got", type(e).__name__, e.args)
b = h(); next(b)
b.throw(ValueError)
b.throw(ValueError("inst"))
for bad in (1, "s", object()):
    try:
        b.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    b.throw()
except TypeError as e:
    print("TypeError:", e)
b.close()
print(b.gi_frame)

# close semantics
def c1():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield 2
x = c1(); next(x)
try:
    x.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def c2():
    try:
        yield 1
    finally:
        print("c2 finally")
y = c2(); next(y); y.close(); y.close()
print(y.gi_frame)
z = c2(); z.close(); print("closed unstarted")

def c3():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
w = c3(); next(w)
try:
    w.close()
except ValueError as e:
    print("ValueError from close:", e, type(e.__context__).__name__)

# PEP 479
def p():
    yield 1
    raise StopIteration("inner")
q = p(); next(q)
try:
    next(q)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__), e.__suppress_context__)

# already executing
def selfref():
    yield me.send(None)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def reent():
    yield next(r2)
r2 = reent()
try:
    next(r2)
except ValueError as e:
    print("ValueError:", e)
print(r2.gi_running)

# repr
def outer():
    def inner():
        yield
    return inner()
print(repr(outer()))
ge = (i*i for i in range(3))
print(repr(ge))
print(ge.__name__, ge.__qualname__, list(ge), list(ge))
print(iter(ge) is ge)
class K:
    def m(self):
        yield 1
gg = K().m()
print(gg.__qualname__)
gg.__name__ = "renamed"; print(gg.__name__)
try:
    gg.__name__ = 3
except TypeError as e:
    print(e)
print(gg.gi_frame is not None)
next(gg)
print(gg.gi_frame is not None, gg.gi_suspended)
print(sum(x for x in range(10)), max(x * 3 for x in range(5)), dict((k, v) for k, v in [(1, 2)]))
