print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, type(...)() is ...)
print(bool(...), ... == ..., hash(...) == hash(Ellipsis), str(...), [...])
def f(): ...
print(f(), f.__name__)
x = [1]
x.append(x)
print(x, [..., [...]])
print(Ellipsis.__reduce__())
