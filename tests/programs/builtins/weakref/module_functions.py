# _weakref.getweakrefs order (the shared reference and proxy first, then the newest),
# getweakrefcount, _remove_dead_weakref, and the __weakref__ attribute.
import _weakref


class C:
    def __call__(self):
        return "called"


class R(_weakref.ref):
    pass


c = C()
cb = lambda r: None
r_cb1 = _weakref.ref(c, cb)
p = _weakref.proxy(c)
r = _weakref.ref(c)
sub = R(c)
r_cb2 = _weakref.ref(c, cb)
names = {id(r): "r", id(p): "p", id(r_cb1): "r_cb1", id(sub): "sub", id(r_cb2): "r_cb2"}
print([names[id(x)] for x in _weakref.getweakrefs(c)])
print(_weakref.getweakrefcount(c), c.__weakref__ is r, type(p).__name__, p())
print(type(C.__weakref__).__name__, "__weakref__" in vars(C), "__weakref__" in vars(object))

d = {"alive": _weakref.ref(c), "gone": None, "plain": 1}
tmp = C()
d["gone"] = _weakref.ref(tmp)
del tmp
_weakref._remove_dead_weakref(d, "gone")
_weakref._remove_dead_weakref(d, "alive")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
try:
    _weakref._remove_dead_weakref(d, "plain")
except TypeError as e:
    print("TypeError", e)
for args in [(), ([], "k")]:
    try:
        _weakref._remove_dead_weakref(*args)
    except TypeError as e:
        print("TypeError", e)
for f in (_weakref.getweakrefcount, _weakref.getweakrefs):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
del c
print(_weakref.getweakrefs(r), r(), r_cb1(), sub())
