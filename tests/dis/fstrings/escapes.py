def f(x):
    return f"{{literal}} {x}\n\t{x}"
