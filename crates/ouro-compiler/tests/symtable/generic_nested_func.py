def outer():
    z = 1
    def f[T](a: T) -> T:
        return z
    class C[U]:
        def m(self): return z
    return f, C
