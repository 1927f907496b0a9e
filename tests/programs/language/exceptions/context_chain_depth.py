def chain(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        chain(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}")

try:
    chain(3)
except RuntimeError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c)
        c = c.__context__
