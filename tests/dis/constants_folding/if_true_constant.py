def f():
    if 1:
        return "yes"
    return "no"
