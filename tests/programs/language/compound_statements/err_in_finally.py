# xfail: not yet identical to CPython
def f():
    try:
        return 1
    finally:
        raise RuntimeError("error in finally")
f()
