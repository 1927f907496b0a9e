data = [("red", 1), ("blue", 1), ("red", 2), ("green", 1), ("blue", 2), ("red", 3)]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
s = sorted(data, key=lambda t: t[1])
print(sorted(s, key=lambda t: t[0]))
recs = [(i % 3, i) for i in range(15)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
