def f():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b")
        except TypeError as t:
            t.__context__ = None
            e.__context__ = t
            raise e from None
f()
