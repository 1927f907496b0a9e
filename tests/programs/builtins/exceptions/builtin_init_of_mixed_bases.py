# An exception class inherits the __init__ of the first built-in class in its MRO, which
# decides the class-specific attributes set from the arguments.
class K(KeyError, StopIteration):
    pass


try:
    print(K(3).value)
except AttributeError as e:
    print("AttributeError", e)
print(K(3).args, isinstance(K(3), StopIteration))


class S(StopIteration):
    pass


print(S(4).value, S().value)


class O(OSError):
    pass


print(O(2, "x").errno, O(2, "x").strerror, type(O(2, "x")).__name__)


class M(ValueError, OSError):
    pass


m = M(2, "y")
print(m.args, isinstance(m, OSError))


class I(ImportError):
    pass


print(I("m", name="n").name, I("m").msg)


class E(SystemExit):
    pass


print(E(5).code, E().code, E(1, 2).code)
