# The contextvars module re-exports _contextvars; decimal's context lives in a ContextVar.
import contextvars
import decimal

v = contextvars.ContextVar("v", default="d")
ctx = contextvars.copy_context()
def work():
    v.set("inside")
    decimal.getcontext().prec = 3
    return v.get(), str(decimal.Decimal(2).sqrt())
print(ctx.run(work))
print(v.get(), str(decimal.Decimal(2).sqrt()))
print(ctx[v], len(ctx) >= 1)
print(contextvars.Context is type(ctx), contextvars.Token.MISSING)
