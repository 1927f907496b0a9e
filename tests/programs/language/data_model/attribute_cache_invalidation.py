# Attribute loads and stores repeated in loops (so that the interpreter's per-instruction
# caches are warm), then the class, the instance or its dict changed under them: every read
# must see the change exactly as the first access would.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "P.m"


def read_x(objs):
    return [o.x for o in objs]


def call_m(objs):
    return [o.m() for o in objs]


def store_x(objs, v):
    for o in objs:
        o.x = v


ps = [P(i, -i) for i in range(20)]
print(read_x(ps)[:3], call_m(ps)[:2])

# A class attribute that shadows nothing, then a data descriptor that shadows the instance's.
P.x_class = 5
print(read_x(ps)[:3])
P.x = property(lambda self: "prop")
print(read_x(ps)[:3])
try:
    store_x(ps, 1)
except AttributeError as e:
    print("AttributeError", e)
del P.x
print(read_x(ps)[:3])
store_x(ps, 7)
print(read_x(ps)[:3])

# A method replaced on the class, then shadowed by an instance attribute.
for _ in range(3):
    call_m(ps)
P.m = lambda self: "new m"
print(call_m(ps)[:2])
ps[1].m = lambda: "instance m"
print(call_m(ps)[:3])
del ps[1].m
print(call_m(ps)[:3])
ps[2].__dict__["m"] = lambda: "dict m"
print(call_m(ps)[:3])
del ps[2].__dict__["m"]
print(call_m(ps)[:3])

# Attributes set in another order, deleted and set again, through __dict__ and setattr.
q = P.__new__(P)
q.y = 1
q.x = 2
print(read_x(ps[:1] + [q]), call_m([q]))
del q.x
try:
    read_x([q])
except AttributeError as e:
    print("AttributeError", e)
q.__dict__["x"] = "via dict"
print(read_x([q]))
setattr(q, "m", lambda: "setattr m")
print(call_m([q]))
q.__dict__.clear()
try:
    read_x([q])
except AttributeError as e:
    print("AttributeError", e)
print(call_m([q]))
q.__dict__.update(x=10, y=20)
print(read_x([q]), call_m([q]))
q.__dict__.pop("x")
q.__dict__["m"] = lambda: "popped then m"
print(call_m([q]))

# __dict__ replaced, including by a dict subclass (whose __getitem__ is not used).
class D(dict):
    def __getitem__(self, k):
        return "D.__getitem__"


r = P(1, 2)
print(read_x([r]), call_m([r]))
r.__dict__ = {"x": "new dict"}
print(read_x([r]), call_m([r]))
r.__dict__ = D(x="subclass", m=lambda: "subclass m")
print(read_x([r]), call_m([r]))
store_x([r], "stored")
print(read_x([r]), dict.__getitem__(r.__dict__, "x"))


# __class__ assigned.
class Q:
    x = "Q.x class"

    def m(self):
        return "Q.m"


s = P(3, 4)
print(read_x([s]), call_m([s]))
s.__class__ = Q
print(read_x([s]), call_m([s]))
del s.x
print(read_x([s]), call_m([s]))
s.__class__ = P
print(call_m([s]))


# A base class changed under a subclass; __bases__ assigned.
class Base:
    def m(self):
        return "Base.m"


class Sub(Base):
    def __init__(self):
        self.x = "sub x"


subs = [Sub() for _ in range(5)]
print(call_m(subs)[:1], read_x(subs)[:1])
Base.m = lambda self: "Base.m replaced"
print(call_m(subs)[:1])
Base.x = property(lambda self: "Base.x property")
print(read_x(subs)[:1])
del Base.x


class Other:
    def m(self):
        return "Other.m"

    @property
    def x(self):
        return "Other.x property"


Sub.__bases__ = (Other,)
print(call_m(subs)[:1], read_x(subs)[:1])
Sub.__bases__ = (Base,)
print(call_m(subs)[:1], read_x(subs)[:1])


# __getattribute__, __getattr__ and __setattr__ added after the caches warmed up.
class G:
    def __init__(self):
        self.x = "g x"

    def m(self):
        return "G.m"


gs = [G() for _ in range(5)]
print(read_x(gs)[:1], call_m(gs)[:1])
G.__getattr__ = lambda self, name: "getattr " + name
print(read_x(gs)[:1])
del gs[0].x
print(read_x(gs)[:2])
G.__getattribute__ = lambda self, name: "getattribute " + name
print(read_x(gs)[:2])
del G.__getattribute__
del G.__getattr__
log = []


def setattr_hook(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


G.__setattr__ = setattr_hook
store_x(gs[:2], "hooked")
print(log, read_x(gs[:2]))
del G.__setattr__
store_x(gs[:2], "plain")
print(len(log), read_x(gs[:2]))


# __slots__ next to a __dict__, and a slot descriptor.
class S:
    __slots__ = ("x", "__dict__")

    def __init__(self):
        self.x = "slot x"
        self.y = "dict y"


ss = [S() for _ in range(5)]
print(read_x(ss)[:1], [o.y for o in ss][:1], sorted(ss[0].__dict__))
store_x(ss, "slot stored")
print(read_x(ss)[:1], sorted(ss[0].__dict__))


# A metaclass whose __getattribute__ changes class attribute lookup leaves instances alone.
class Meta(type):
    def __getattribute__(cls, name):
        return "meta " + name


class M(metaclass=Meta):
    def __init__(self):
        self.x = "instance x"

    def m(self):
        return "M.m"


ms = [M() for _ in range(5)]
print(read_x(ms)[:1], call_m(ms)[:1], M.x)


# Non-data descriptors on the class lose to the instance dict; data descriptors win.
class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class Data:
    def __get__(self, obj, owner):
        return "data get"

    def __set__(self, obj, value):
        obj.__dict__["seen"] = value


class N:
    def __init__(self):
        self.x = "inst"


ns = [N() for _ in range(5)]
print(read_x(ns)[:1])
N.x = NonData()
print(read_x(ns)[:1])
del ns[0].x
print(read_x(ns)[:2])
N.x = Data()
print(read_x(ns)[:2])
store_x(ns[:1], "through data")
print(ns[0].__dict__.get("seen"))


# Many instances, shapes diverging, and augmented assignment.
class C:
    def __init__(self, i):
        if i % 2:
            self.a = i
            self.b = -i
        else:
            self.b = -i
            self.a = i

    def bump(self, k):
        self.a *= k
        self.b += k
        return self


cs = [C(i).bump(3) for i in range(10)]
print([(c.a, c.b) for c in cs])
cs[3].bump = lambda k: "shadowed bump"
print([c.bump(2) if i == 3 else c.bump(2).a for i, c in enumerate(cs)])
