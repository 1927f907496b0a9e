class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        ns = {"injected": 42}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls

class C(metaclass=OrderedMeta, opt="yes"):
    b = 1
    a = 2
    def z(self):
        pass

print(C.order, C.injected)
