class A:
    def __str__(self): return "A-str"
    def __repr__(self): return "A-repr"
    def __int__(self): return 7
    def __index__(self): return 8
    def __float__(self): return 9.5
a = A()
print("%s %r %a" % (a, a, a))
print("%d %x %o" % (a, a, a), "%f" % a, "%e" % a, "%c" % a if False else "")
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        print("%d" % 3.5)
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % None, "%r" % None, "%s %s" % (True, False), "%d" % False)
