class A:
    @classmethod
    def name(cls):
        return "A:" + cls.__name__
class B(A):
    @classmethod
    def name(cls):
        return "B>" + super().name()

print(B.name(), B().name())

class C(B):
    pass
print(C.name())
