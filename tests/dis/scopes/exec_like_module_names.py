import builtins
__all__ = ["f"]
def f():
    return __name__, __file__
# xfail: not yet identical to CPython
