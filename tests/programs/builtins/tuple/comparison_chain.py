data = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,), (2,)]
print(sorted(data), max(data), min(data))
print((1, 2, 3) > (1, 2), (1, 2) <= (1, 2), (3,) >= (2, 99), ((1, 2), 3) < ((1, 3), 0))
print((float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), (n,) < (n,), [n] == [n])
