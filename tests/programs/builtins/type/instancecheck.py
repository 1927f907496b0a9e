class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 5
    def __subclasscheck__(cls, sub):
        return sub is int
class Five(metaclass=Meta): pass
print(isinstance(5, Five), isinstance(6, Five))
print(issubclass(int, Five), issubclass(str, Five))
print(isinstance(5, (str, Five)))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, (list, (int,)))))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, "x"))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None))
