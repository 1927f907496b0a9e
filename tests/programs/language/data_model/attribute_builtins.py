class P:
    a = 1
p = P()
setattr(p, "b", 2)
print(getattr(p, "a"), getattr(p, "b"), getattr(p, "c", "none"), hasattr(p, "c"))
delattr(p, "b")
print(hasattr(p, "b"))
try:
    getattr(p, "zz")
except AttributeError as e:
    print(e)
try:
    getattr(p, 5)
except TypeError as e:
    print(e)
print(getattr(1, "real"), getattr("s", "upper")())
