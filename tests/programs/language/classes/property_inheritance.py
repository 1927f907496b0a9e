class A:
    @property
    def v(self):
        return "A.v"

class B(A):
    @A.v.getter
    def v(self):
        return "B.v"

class C(A):
    v = property(lambda self: "C.v", doc="lambda prop")

print(A().v, B().v, C().v, C.v.__doc__)
print(isinstance(A.v, property), A.v.fset)
