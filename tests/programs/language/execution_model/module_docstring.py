"""Module documentation string."""
print(__doc__)
def f():
    """function doc"""
print(f.__doc__)
class C:
    """class doc"""
print(C.__doc__)
def g():
    x = 1
    """not a docstring"""
print(g.__doc__)
