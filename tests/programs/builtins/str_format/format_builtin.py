print(format(5), format(5, ""), format("x", ""), format(None), format([1, 2]), format(1.5), format(True, "^5"))
print(format(3, "*>4"), format(-3, "*<4"), format(2.5, "*^9.2f"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), f"{F()!s:>3}" if False else format(F()))
class Bad:
    def __format__(self, spec): return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
