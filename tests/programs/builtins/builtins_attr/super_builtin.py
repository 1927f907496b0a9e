class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "A.c " + cls.__name__
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cwho(cls): return "B.c>" + super().cwho()
class C(B):
    def who(self): return "C>" + super().who()
print(C().who(), C.cwho(), super(B, C()).who(), super(C, C).cwho())
try:
    super(A, 1)
except TypeError as e:
    print(type(e).__name__, e)
def nosuper():
    return super()
try:
    nosuper()
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(super(B, B())).__name__, super(B, B()).__self_class__.__name__, super(B, B()).__thisclass__.__name__)
