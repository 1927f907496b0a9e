def f(x: "int", y: list[int]) -> dict[str, int]:
    return {}

print(f.__annotations__)
x: int = 5
print(__annotations__)

class C:
    a: int
    b: str = "s"

print(C.__annotations__)
print("a" in C.__dict__, "b" in C.__dict__)
