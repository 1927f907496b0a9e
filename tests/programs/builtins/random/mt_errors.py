# The errors of _random.Random, with CPython's messages.
import _random

r = _random.Random(1)
tests = [
    lambda: r.random(1),
    lambda: r.getrandbits(-1),
    lambda: r.getrandbits(1.5),
    lambda: r.getrandbits(),
    lambda: r.getrandbits(2**40),
    lambda: r.seed(1, 2),
    lambda: r.setstate(1),
    lambda: r.setstate((1,)),
    lambda: r.setstate((0,) * 624 + (625,)),
    lambda: r.setstate((0,) * 624 + (-1,)),
    lambda: r.setstate((-1,) * 625),
    lambda: _random.Random(1, 2),
    lambda: _random.Random(x=1),
    lambda: r.seed([1]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
