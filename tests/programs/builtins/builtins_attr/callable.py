class C:
    def __call__(self): return "called"
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(lambda: 0), callable(5), callable("s"), callable(None), callable(print), callable(int.__add__), callable([].append))
print(C()())
d = D()
d.__call__ = lambda: 1
print(callable(d))
