def f(a: int, b: str = "x") -> bool:
    "doc here"
    return True

print(f.__name__, f.__qualname__, f.__doc__)
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__module__)
f.custom = 5
print(f.custom, f.__dict__)

class C:
    def m(self):
        def inner():
            pass
        return inner

print(C.m.__qualname__, C().m().__qualname__)
