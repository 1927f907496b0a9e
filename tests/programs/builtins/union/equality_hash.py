# UnionType equality and hashing are order-insensitive.
print(int | str == str | int, int | str == int | float, int | str != str | int)
print(hash(int | str) == hash(str | int), hash(int | str) == hash(frozenset((int, str))))
print(int | str == (int, str), (int | None) == (None | int))
print({int | str: 1}[str | int])
print(len({int | str, str | int, int | float}))
try:
    (int | str) < (int | str)
except TypeError as e:
    print(type(e).__name__, e)
