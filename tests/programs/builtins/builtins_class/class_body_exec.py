print("before class")
class A:
    print("in class body")
    x = 1
    y = x + 1
    def f(self): return self.x
    print("locals", sorted(k for k in locals() if not k.startswith("__")))
print("after class", A.y, A().f(), A.__module__, A.__qualname__)
class B:
    x = 5
    l = [x for _ in range(2)] if False else None
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        z = type(e).__name__
print(B.z)
class C:
    __private = 1
    def get(self): return self.__private
print(C().get(), hasattr(C, "_C__private"), hasattr(C, "__private"))
