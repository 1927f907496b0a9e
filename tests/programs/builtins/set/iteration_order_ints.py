print({5, 3, 1, 8, 100, 33, 64, -1, -2})
print(set(range(20, 0, -3)))
print({2**61, 2**61 - 1, 2**62, 0, 1})
s = set()
for i in (13, 7, 29, 1000, 64, 3, 8, 21):
    s.add(i)
print(s, list(s))
print({-1, -2, -3, 1, 2, 3})
