names = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(names, vals)), list(map(lambda n, v: n * v, names, vals)))
print(list(zip(*zip(names, vals))), sorted(zip(vals, names), reverse=True))
print(list(filter(lambda p: p[1] % 2, zip(names, vals))), list(enumerate(zip(names, vals), 1)))
print(max(zip(vals, names)), min(map(len, ["aaa", "b", "cc"])))
print(list(map(str.upper, filter(str.isalpha, "a1b2c3"))), "".join(reversed(list(map(chr, range(97, 101))))))
