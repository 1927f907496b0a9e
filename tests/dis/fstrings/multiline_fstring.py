def f(a, b):
    return f"""
    first {a}
    second {b}
    """
# xfail: not yet identical to CPython
