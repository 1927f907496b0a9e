sq = lambda x: x * x
print(sq(7))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__, sq.__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(4) + "!")
print((lambda x, y=10, /: x + y)(5))
