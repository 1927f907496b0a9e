# xfail: not yet identical to CPython
print((5).__radd__(3), (5).__rsub__(3), (5).__rmul__(3), (5).__rtruediv__(3), (5).__rfloordiv__(17), (5).__rmod__(17), (5).__rpow__(2))
print((5).__add__(1.0), (5).__mul__("a"), (5).__eq__(5.0), (5).__lt__("x"))
print((3).__rlshift__(1), (3).__rrshift__(64), (6).__rand__(3), (6).__ror__(3), (6).__rxor__(3))
print((5).__neg__(), (5).__pos__(), (5).__abs__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((5).__divmod__(3), (5).__rdivmod__(17), (5).__float__(), (5).__int__())
print(int.__add__(True, True), type(int.__add__(True, True)).__name__)
