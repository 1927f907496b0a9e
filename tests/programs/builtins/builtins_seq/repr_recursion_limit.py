import sys
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:30], len(repr(deep)))
very = []
cur = very
for _ in range(100000):
    nxt = [cur]
    cur = nxt
try:
    repr(cur)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
d["self"] = d
print(repr(d), str([d]))
t = [1]
t.append((t, {"k": t}))
print(t)
