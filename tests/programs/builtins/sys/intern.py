import sys
a = sys.intern("hello world " + str(1))
b = sys.intern("hello world 1")
print(a is b, a == b, type(a).__name__)
s1 = "".join(["dyn", "amic"])
s2 = "".join(["dyna", "mic"])
print(s1 == s2, sys.intern(s1) is sys.intern(s2))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(type(e).__name__, e)
x = "x"
print(sys.intern(x) is x)
