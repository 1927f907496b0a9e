class A:
    pass
a = A()
r = repr(a)
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(a) == repr(a))
print(format(a, "") == str(a))
try:
    format(a, "x")
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __repr__(self):
        return "B()"
b = B()
print(repr(b), str(b), f"{b}", f"{b!r}", f"{b!s}")
print([b, b], (b,), {1: b})
class C:
    def __str__(self):
        return "C-str"
c = C()
print(str(c), format(c, ""), repr(c).startswith("<__main__.C"))
