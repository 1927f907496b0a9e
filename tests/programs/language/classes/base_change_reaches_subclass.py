# A change to a base class after a subclass looked an attribute up must be seen through the
# subclass (the lookup cache may not serve the stale answer).
class A:
    pass

class B(A):
    pass

b = B()
print(hasattr(b, "x"), hasattr(B, "m"))
A.x = 5
A.m = lambda self: "m"
print(b.x, b.m(), B.x)
del A.x
print(hasattr(b, "x"))
A.x = 7
print(b.x)
