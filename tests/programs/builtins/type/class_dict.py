class A:
    """doc of A"""
    x = 1
    def f(self): return 2
keys = [k for k in A.__dict__ if not k.startswith("__")]
print(keys)
print(A.__doc__)
print(type(A.__dict__).__name__)
try:
    A.__dict__["y"] = 3
except TypeError as e:
    print(type(e).__name__, e)
A.y = 3
print(A.__dict__["y"])
del A.y
print("y" in A.__dict__)
print(sorted(k for k in A.__dict__ if k.startswith("__")))
