class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "got " + self.name
class A:
    foo = Desc()
    bar = Desc()
print(A().foo, A().bar)
print(type(A.foo).__name__)
