class A:
    pass
a = A()
print(a.__eq__(1), a.__lt__(a), a.__ge__(1))
for op in ("<", "<=", ">", ">="):
    try:
        eval("a " + op + " a")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 > a
except TypeError as e:
    print(type(e).__name__, e)
class L:
    def __lt__(self, other):
        return "lt-called"
print(L() < 1)
print(1 > L())
