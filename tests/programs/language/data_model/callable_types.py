import types
def f():
    pass
class C:
    def m(self):
        pass
print(type(f) is types.FunctionType, type(C().m) is types.MethodType)
print(type(len).__name__, type([].append).__name__, type(str.upper).__name__)
print(type(C.__dict__["m"]).__name__, type(lambda: 0).__name__)
print(callable(f), callable(1), callable(C), callable(C()), callable(print))
