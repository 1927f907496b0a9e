# xfail: not yet identical to CPython
print(True, False, repr(True), str(False))
print(type(True).__name__, bool.__bases__, bool.__mro__)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, True & 1, type(True & 1).__name__, type(True & False).__name__)
print(isinstance(True, int), True is bool(1), False is bool(0))
print(int(True), float(False), complex(True))
print(True == 1, False == 0, (True is True) == 1)
