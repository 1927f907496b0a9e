n = 2000
x = 12345
data = []
for i in range(n):
    x = (x * 1103515245 + 12345) % 2**31
    data.append(x % 1000)
s = sorted(data)
print(s[:10], s[-10:], sum(s), all(s[i] <= s[i + 1] for i in range(n - 1)))
pairs = [(v, i) for i, v in enumerate(data)]
ps = sorted(pairs, key=lambda p: p[0])
print(all(ps[i][1] < ps[i + 1][1] for i in range(n - 1) if ps[i][0] == ps[i + 1][0]))
print(sorted(data, reverse=True)[:5], data.index(s[0]))
asc = list(range(500)) + list(range(500, 0, -1))
print(sorted(asc)[-3:], sorted(asc) == sorted(asc, key=lambda v: v))
