def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
x: int = 5
print(__annotations__)
class C:
    attr: str
    other: int = 1
print(C.__annotations__, hasattr(C, "attr"))
def g(): pass
print(g.__annotations__)
g.__annotations__ = {"r": 1}
print(g.__annotations__)
