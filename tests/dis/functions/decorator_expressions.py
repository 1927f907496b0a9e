handlers = {}
@handlers.get("x", lambda f: f)
def f():
    pass
