class A:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class B(A): pass
A.make()
B.make()
B.make()
print(A.count, B.count, type(B.make()).__name__)
class Cm:
    @classmethod
    @property
    def legacy(cls):
        return "legacy"
try:
    print(Cm.legacy)
except Exception as e:
    print(type(e).__name__, e)
print(A.make.__self__ is A, B.make.__func__ is A.make.__func__)
print(type(A.__dict__["make"]).__name__)
