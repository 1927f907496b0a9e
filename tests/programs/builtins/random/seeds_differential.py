# random.seed over ints, floats, bools, str/bytes (versions 1 and 2), distributions, errors.
import random, _random
out = []
for seed in [0, 1, -1, 2**32, 2**32-1, 2**64+7, 10**50, 3.25, -0.0, True, "", "abc"*50, b"\xff"*3, bytearray(b"zz")]:
    random.seed(seed)
    out.append((random.random(), random.getrandbits(45), random.randrange(10**20)))
random.seed(5, version=1)
out.append(random.random())
random.seed("x", version=1)
out.append(random.random())
r = random.Random(77)
out.append([r.randbytes(5), r.vonmisesvariate(1, 2), r.gammavariate(2, 3), r.lognormvariate(0, 1), r.paretovariate(2), r.weibullvariate(1, 2)])
r = _random.Random()
out.append(r.getstate() != _random.Random().getstate())
import random as R2
out.append(R2.Random().random() != R2.Random().random())
for e in [lambda: random.seed([1]), lambda: random.seed(1, version=3), lambda: random.randrange(0), lambda: random.choice([])]:
    try: e()
    except Exception as x: out.append((type(x).__name__, str(x)))
for x in out: print(x)
