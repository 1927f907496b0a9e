class A:
    def __str__(self): return "A.__str__"
    def __repr__(self): return "A.__repr__"
print(A(), [A()], (A(),), {1: A()}, str(A()), repr(A()))
print(1.0, 1e100, -0.0, 1+2j, b"bytes", bytearray(b"ba"), None, True, ..., NotImplemented)
print("tab\there", "nl\\n", "é", "\U0001F600")
class BadStr:
    def __str__(self): return 5
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
