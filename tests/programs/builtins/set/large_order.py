s = set()
x = 7
for i in range(200):
    x = (x * 48271) % 2147483647
    s.add(x % 1000)
print(len(s))
print(list(s)[:40])
print(list(s)[-20:])
t = {str(i) for i in range(60)}
print(list(t)[:30])
for i in range(0, 60, 2):
    t.discard(str(i))
print(list(t))
