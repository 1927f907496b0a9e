# Calling a class reads its __new__ as an attribute (a classmethod __new__ is bound to the
# class first), and a descriptor's __get__ takes any object as the owner.
class C(object):
    @staticmethod
    def __new__(*args):
        return args
print(C(1, 2) == (C, 1, 2))
class D(C):
    pass
print(D(1, 2) == (D, 1, 2))
class C(object):
    @classmethod
    def __new__(*args):
        return args
print(C(1, 2) == (C, C, 1, 2))
class D(C):
    pass
print(D(1, 2) == (D, D, 1, 2))
class E:
    def __new__(cls, *a):
        return ("E", cls.__name__, a)
print(E(1), type(E.__dict__['__new__']).__name__)
def f(self): return ("f", self)
class Owner: pass
o = object()
print(f.__get__(1, o)(), f.__get__(None, o) is f)
cm = classmethod(f)
print(cm.__get__(1, o)() == ("f", o))
p = property(lambda s: "p")
print(p.__get__(1, o), p.__get__(None, o) is p)
print([].append.__get__ if hasattr([].append, '__get__') else "no __get__")
print(list.append.__get__([], o).__name__)
class _instance: pass
class M2(object):
    @staticmethod
    def __new__(cls, name, bases, dict):
        self = object.__new__(cls)
        self.name = name; self.bases = bases; self.dict = dict
        return self
    def __call__(self):
        it = _instance()
        for key in self.dict:
            if key.startswith("__"):
                continue
            setattr(it, key, self.dict[key].__get__(it, self))
        return it
class C(metaclass=M2):
    def spam(self):
        return 42
print(C.name, C.bases, 'spam' in C.dict, C().spam())
