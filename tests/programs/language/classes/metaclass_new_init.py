log = []

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    x = 1
    def m(self):
        pass

class B(A):
    y = 2

for entry in log:
    print(entry)
print(type(B).__name__)
