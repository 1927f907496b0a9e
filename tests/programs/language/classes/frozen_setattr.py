class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")

f = Frozen(a=1)
print(f.a)
try:
    f.a = 2
except AttributeError as e:
    print(e)
