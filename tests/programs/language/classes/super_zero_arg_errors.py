# The zero-argument super() reads the calling frame: its first argument and the __class__ cell.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

    def deleted(self):
        del self
        return super().who()

    @classmethod
    def cm(cls):
        return super().__init_subclass__

print(B().who())
try:
    B().deleted()
except RuntimeError as e:
    print(type(e).__name__, e)

def outside():
    return super()

try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

def no_class(self):
    return super()

try:
    no_class(1)
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
s = super(B, B())
print(s.__thisclass__.__name__, s.__self_class__.__name__, type(s.__self__).__name__)
