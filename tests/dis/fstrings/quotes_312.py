def f(d):
    return f"{d["key"]} {'x' + "y"}"
