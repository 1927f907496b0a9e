x: int = 5
y: list[str]
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print(e)
class C:
    attr: int = 3
    other: str
print(C.attr, C.__annotations__, hasattr(C, "other"))
def f():
    z: int = 1
    w: str
    return z, f.__code__.co_varnames
print(f())
