class A:
    def m(self, x):
        return (type(self).__name__, x)

a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m)
print(A.m(a, 2))
print(a.m == a.m, a.m is a.m)
f = A.__dict__["m"].__get__(a, A)
print(f(3))
