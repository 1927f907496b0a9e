class C:
    T = int
    def f[U: T](self): pass
    type A[V] = T
