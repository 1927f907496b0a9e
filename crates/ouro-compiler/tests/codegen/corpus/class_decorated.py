@dec
class C:
    pass
@a
@b(1)
class D(E):
    pass
