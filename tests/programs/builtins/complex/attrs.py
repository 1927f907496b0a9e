z = 2-3j
print(z.real, z.imag, z.conjugate(), z.__abs__(), z.__neg__(), z.__bool__(), (0j).__bool__())
print(z.__add__(1), z.__radd__(1), z.__rsub__(1), z.__rtruediv__(1), z.__eq__(2-3j), z.__eq__("x"))
print(complex.__getnewargs__(z), z.__complex__() if hasattr(z, "__complex__") else "no __complex__")
try:
    z.real = 5
except AttributeError as e:
    print(type(e).__name__, e)
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, type(m + 1).__name__)
