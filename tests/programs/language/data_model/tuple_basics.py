t = (1, "a", [2])
print(t[1], t[-1], t[0:2], len(t), t + (3,), t * 2)
print((1,), (), tuple("ab"), (1, 2) < (1, 3), (1, 2) == (1, 2.0))
t[2].append(3)
print(t, t.count(1), t.index("a"))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)))
