l = list(range(10))
del l[2:4]
del l[-2:]
print(l)
class A:
    x = 1
del A.x
print(hasattr(A, "x"))
d = dict.fromkeys("abcd")
for k in ["a", "c"]:
    del d[k]
print(d)
