def f(pairs):
    return {b: a for a, b in pairs}
