# isinstance and issubclass with unions.
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.0, int | str))
print(isinstance(None, int | None), isinstance(None, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))
print(isinstance(1, (str, int | float)), isinstance(1, int | list[int]))
try:
    isinstance([], str | list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(list, str | list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int | str)
except TypeError as e:
    print(type(e).__name__, e)
