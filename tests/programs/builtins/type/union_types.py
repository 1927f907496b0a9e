u = int | str
print(u)
print(type(u).__name__)
print(u.__args__)
print(int | str == str | int)
print((int | int) is int)
print(int | None)
print(list[int] | None)
print(isinstance("a", u), isinstance(1.0, u))
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
print(hash(int | str) == hash(str | int))
