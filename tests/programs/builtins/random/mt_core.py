# _random.Random: seeding from ints, random(), getrandbits() match CPython bit for bit.
import _random

r = _random.Random(42)
print([r.random() for _ in range(3)])
r.seed(0)
print(r.random())
r.seed(-5)
a = r.random()
r.seed(5)
print(a == r.random())
r.seed(2**100 + 12345)
print(r.random(), r.getrandbits(7))
for k in (1, 8, 31, 32, 33, 64, 100, 1000):
    r.seed(k)
    print(k, r.getrandbits(k))
r.seed(123)
print(r.getrandbits(0))
r2 = _random.Random(3.5)
print(r2.random())
r3 = _random.Random((1, 2))
print(r3.random() == _random.Random(hash((1, 2))).random())
print(_random.Random, _random.Random.__module__)
