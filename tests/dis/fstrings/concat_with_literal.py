def f(a):
    return "pre " f"{a}" " post"
