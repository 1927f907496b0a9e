class A:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
a = A()
print(list(vars(a)), a.__dict__)
a.b = 4
del a.a
a.a = 5
print(list(a.__dict__))
class B(A):
    def __init__(self):
        self.first = 0
        super().__init__()
print(list(vars(B())))
