d = {}
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 2):
    del d[i]
for i in range(1000, 1100):
    d[i] = i
print(len(d), list(d)[:5], list(d)[-5:], sum(d))
s = {str(i): i for i in range(300)}
for i in range(100):
    del s[str(i * 3)]
print(len(s), list(s)[:6], list(s)[-3:])
print(list(d.items())[:3], d.get(1), d.get(0))
print(sorted(s.values())[:5], "299" in s, "0" in s)
