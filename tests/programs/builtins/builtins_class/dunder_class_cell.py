class A:
    def f(self): return __class__
    def g(self): return super().__class__
print(A().f() is A, A().g().__name__)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(m, name, bases, ns)
class B(metaclass=Meta):
    def f(self): return __class__
class C(metaclass=Meta):
    def f(self): return 1
print(B().f() is B)
