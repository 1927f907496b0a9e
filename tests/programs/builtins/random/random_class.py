# random.Random subclasses _random.Random; subclasses of it work too.
import random
import _random

print(issubclass(random.Random, _random.Random))
r = random.Random(10)
print(r.random(), r.randint(0, 1000))
st = r.getstate()
print(st[0], len(st[1]), st[2])
a = r.random()
r.setstate(st)
print(a == r.random())

class MyRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.extra = 1

m = MyRandom(10)
print(m.random(), m.extra)

class Raw(_random.Random):
    pass

print(Raw(5).random() == _random.Random(5).random())
print(random.Random(5).gauss(0, 1), random.Random(5).normalvariate())
print(random.Random(8).expovariate(2.0), random.Random(8).betavariate(2, 3))
print(random.Random(9).triangular(0, 10), random.Random(9).binomialvariate(10, 0.3))
