# A built-in type's __new__ called directly checks its first argument (CPython's
# tp_new_wrapper), and constructors count their arguments as CPython's clinic code does.
class L(list):
    pass


class M(L):
    def __new__(cls):
        return super().__new__(cls)


class I(int):
    pass


class T(tuple):
    pass


cases = [
    "object.__new__(L)", "object.__new__(M)", "list.__new__(M)", "int.__new__(str)",
    "int.__new__(bool)", "int.__new__(I, 5)", "type(int.__new__(I, 7))", "int.__new__()",
    "int.__new__(5)", "float.__new__(I)", "tuple.__new__(L)", "str.__new__(int)",
    "dict.__new__(dict)", "bool.__new__(int)", "BaseException.__new__(ValueError)",
    "Exception.__new__(KeyError, 'a')", "type(OSError.__new__(OSError, 2, 'x'))",
    "tuple(1, 2)", "tuple(x=1)", "T(1, 2)", "T(x=1)", "tuple.__new__(tuple, 1, 2)",
    "int(1, 2, 3)", "int('7', base=8)", "float(1, 2)", "float(x=1)", "zip(x=1)",
    "property(1, 2, 3, 4, 5)", "property(fget=None, other=1)", "memoryview()",
    "memoryview(1, 2)", "memoryview(x=1)", "memoryview(b'a', object=b'b')",
    "memoryview(object=b'ab').tobytes()",
]
for case in cases:
    try:
        print(case, "->", repr(eval(case)))
    except Exception as e:
        print(case, "!!", type(e).__name__, e)
