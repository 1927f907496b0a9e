handlers = {}
@handlers.get("x", lambda f: f)
def f():
    pass
# xfail: not yet identical to CPython
