def f(a, b):
    return f"""
    first {a}
    second {b}
    """
