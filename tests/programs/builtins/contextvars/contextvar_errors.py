# The errors of ContextVar, Token and Context.
import _contextvars as c

v = c.ContextVar("x")
w = c.ContextVar("z")
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

show(lambda: v.get())
show(lambda: c.ContextVar(1))
show(lambda: c.ContextVar())
show(lambda: c.ContextVar("a", "b"))
show(lambda: v.reset(1))
show(lambda: c.Token())
show(lambda: c.Context(1))
show(lambda: v.set(1, 2))
t = v.set(1)
v.reset(t)
show(lambda: v.reset(t))
t = w.set(1)
show(lambda: v.reset(t))
show(lambda: v.reset(c.copy_context().run(v.set, 5)))
show(lambda: c.copy_context()["a"])
show(lambda: c.copy_context()[v])
try:
    class S(c.ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)
