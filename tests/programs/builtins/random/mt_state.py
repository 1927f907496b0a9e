# getstate()/setstate(): a 625-tuple of the words and the index.
import _random

r = _random.Random(7)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[:3])
x = [r.random() for _ in range(5)]
r.setstate(st)
print(x == [r.random() for _ in range(5)])
r.getrandbits(32)
print(r.getstate()[-1])
s = list(r.getstate())
s[-1] = 624
r.setstate(tuple(s))
print(r.getrandbits(16))
