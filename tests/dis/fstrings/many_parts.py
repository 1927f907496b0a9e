def f(a, b, c, d):
    return f"{a}-{b}-{c}-{d}-{a}{b}{c}{d}"
