def f(x):
    return f"{x=} {x = !r} {x=:>5}"
