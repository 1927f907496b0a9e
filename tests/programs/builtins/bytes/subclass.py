class B(bytes):
    def twice(self): return self + self
b = B(b"ab")
print(b, repr(b), b.twice(), type(b.twice()).__name__, type(b[0:1]).__name__, type(b.upper()).__name__)
class C(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(C(b"low"), isinstance(C(b"x"), bytes), C(b"q") == b"Q")
print(B.fromhex("4142"), type(B.fromhex("4142")).__name__)
