# Context: mapping interface, copy_context(), run() isolation.
import _contextvars as c

v = c.ContextVar("v")
d = c.ContextVar("d", default=9)
ctx = c.copy_context()
print(type(ctx).__name__, len(ctx), list(ctx), v in ctx)
v.set(2)
ctx2 = c.copy_context()
print(ctx2[v], ctx2.get(v), ctx2.get(d, 9), ctx2.get(d), list(ctx2.keys()) == [v])
print(list(ctx2.values()), list(ctx2.items()) == [(v, 2)])

def f(a, *, b=0):
    v.set(a + b)
    return v.get()

print(ctx.run(f, 10, b=1), v.get(), ctx[v])
try:
    ctx.run(ctx.run, f, 1)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at 0x")[0])
cp = ctx.copy()
print(cp == ctx, cp is ctx, c.Context() == c.Context(), len(c.Context()))
def g():
    d.set(100)
    return c.copy_context()[d]
print(c.Context().run(g), d.get())
