s = set(range(32))
for i in range(0, 32, 3):
    s.remove(i)
s.update([100, 200, 33, 64])
print(s)
s2 = {"k" + str(i) for i in range(10)}
s2.pop()
s2.pop()
print(s2)
s3 = set()
for w in ["z", "y", "x", "w", "v"]:
    s3.add(w)
    print(list(s3))
