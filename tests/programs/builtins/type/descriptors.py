class D:
    def __get__(self, obj, t=None):
        return ("get", obj is None, t.__name__)
class ND:
    def __get__(self, obj, t=None):
        return "nondata"
class DD:
    def __get__(self, obj, t=None):
        return "data"
    def __set__(self, obj, v):
        print("set", v)
class A:
    d = D()
    nd = ND()
    dd = DD()
a = A()
print(A.d, a.d)
a.__dict__["nd"] = "instance wins"
a.__dict__["dd"] = "instance loses"
print(a.nd, a.dd)
a.dd = 5
print(A.__dict__["d"].__class__.__name__)
