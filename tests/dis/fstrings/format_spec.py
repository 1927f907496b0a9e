def f(x, w):
    return f"{x:>10} {x:.{w}f} {x:{w}}"
