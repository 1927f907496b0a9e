class C(B):
    x = 1
class D(A, B, metaclass=M):
    pass
class E(*bases, **kw):
    pass
