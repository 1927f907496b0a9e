class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta, k="v"):
    x = 1
print(A.injected, A.x)
class Ord(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
class B(metaclass=Ord):
    b = 1
    a = 2
    c = 3
print([k for k in B.__dict__ if not k.startswith("__")])
