def g():
    yield me.gi_running
    yield me.gi_frame is not None
me = g()
print(list(me), type(me.gi_code).__name__, me.gi_running, me.gi_suspended)
class S:
    def __await__(self):
        yield "s"
async def inner():
    await S()
async def outer():
    await inner()
o = outer()
o.send(None)
print(type(o.cr_await).__name__, type(o.cr_await.cr_await).__name__, o.cr_suspended)
async def ag():
    await S()
    yield 1
a = ag()
an = a.asend(None)
print(an.send(None), type(a.ag_await).__name__, a.ag_running)
try:
    an.send(None)
except StopIteration as e:
    print("yielded", e.value, a.ag_running)
print(type(an).__name__, type(a.aclose()).__name__, type(o.__await__()).__name__)
o.close()
print(o.cr_frame, o.cr_await)
def h():
    return (yield)
hh = h()
hh.send(None)
try:
    hh.send([1, 2])
except StopIteration as e:
    print(e.value)
class E(Exception): pass
def k():
    try:
        yield
    except E as e:
        yield ("E", e.args)
kk = k(); next(kk)
print(kk.throw(E, ("a", "b")) if False else kk.throw(E("a", "b")))
