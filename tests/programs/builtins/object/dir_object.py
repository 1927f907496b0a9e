print(sorted(dir(object)))
class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
d = dir(a)
print([n for n in d if not n.startswith("__")])
print(d == sorted(d))
print("__class__" in d, "__dict__" in d, "__weakref__" in d)
