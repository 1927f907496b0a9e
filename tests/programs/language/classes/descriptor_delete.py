class Guarded:
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.key, None)
    def __set__(self, obj, value):
        setattr(obj, self.key, value)
    def __delete__(self, obj):
        print("deleting", self.key)
        delattr(obj, self.key)

class P:
    g = Guarded()

p = P()
p.g = 3
print(p.g, p._g)
del p.g
print(p.g)
