class G:
    def __getattr__(self, name):
        return "missing:" + name
g = G()
g.real = 1
print(g.real, g.other, getattr(g, "zzz"))
class GA:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("no boom here")
        return "ga:" + name
x = GA()
print(x.anything)
print(getattr(x, "boom", "fallback"))
try:
    x.boom
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
s = S()
s.a = 5
print(s.a)
del s.a
print(s.a)
