# dir() of a module uses its __dict__ attribute, which a subclass may override; one that is
# not a dict is an error.
import sys
class M(type(sys)):
    pass
minstance = M("m")
minstance.b = 2
minstance.a = 1
default_attributes = ['__name__', '__doc__', '__package__', '__loader__', '__spec__']
print([x for x in dir(minstance) if x not in default_attributes])
class M2(M):
    def getdict(self):
        return "Not a dict!"
    __dict__ = property(getdict)
m2instance = M2("m2")
m2instance.b = 2
m2instance.a = 1
print(m2instance.__dict__)
try:
    dir(m2instance)
except TypeError as e:
    print("TypeError", e)
class M3(M):
    __dict__ = property(lambda self: {"x": 1, "y": 2})
print(dir(M3("m3")))
print(dir(sys)[:3], 'path' in dir(sys), '__getattr__' in dir(sys))
