# Argument-count and keyword errors of _random, _string, _signal and _contextvars.
import _random, _string, _signal, _contextvars as c
r = _random.Random(1)
v = c.ContextVar("v")
for f in [lambda: r.seed(n=1), lambda: r.getstate(1), lambda: r.setstate(), lambda: r.getrandbits(k=3),
          lambda: _string.formatter_parser(), lambda: _string.formatter_parser("a", "b"), lambda: _string.formatter_parser(s="a"),
          lambda: _string.formatter_field_name_split(), lambda: _signal.getsignal(), lambda: _signal.signal(2), lambda: _signal.strsignal(x=2),
          lambda: _signal.valid_signals(1), lambda: _signal.set_wakeup_fd(), lambda: v.get(1, 2), lambda: v.get(default=1),
          lambda: c.copy_context(1), lambda: c.copy_context().run(), lambda: c.copy_context().get(), lambda: c.copy_context().get(1),
          lambda: c.ContextVar("a", default=1, foo=2), lambda: c.ContextVar(name="q"), lambda: v.reset(), lambda: r.setstate(tuple(range(624)) + (1.5,)),
          lambda: r.setstate((1.5,) + tuple(range(624))), lambda: r.setstate((2**40,) + (0,)*624)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
