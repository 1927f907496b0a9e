print(repr(int), repr(type), repr(object))
class A: pass
print(repr(A))
print(str(A))
import sys
print(repr(type(sys)))
print(type(len), type(print))
print(type(lambda: 0))
print(type([].append))
print(type(int.__add__), type(int.real), type(str.join))
print(type(type.__dict__["__name__"]))
