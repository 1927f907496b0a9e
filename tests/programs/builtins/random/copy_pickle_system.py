# random.Random copies, pickles, SystemRandom, sample with counts, choices with cum_weights.
import random, copy, pickle
r = random.Random(3)
c = copy.deepcopy(r)
print(c.random() == r.random())
p = pickle.loads(pickle.dumps(random.Random(9)))
print(p.random() == random.Random(9).random())
s = random.SystemRandom()
x = s.random()
print(0 <= x < 1, 0 <= s.randint(0, 5) <= 5, len(s.randbytes(4)))
print(random.Random(1).sample(["a", "b", "c", "d"], counts=[1, 2, 3, 4], k=5))
print(random.Random(2).randrange(-10, 10, 3), random.Random(2).random() < 1)
print(random.Random(4).choices(range(10), cum_weights=list(range(1, 11)), k=3))
