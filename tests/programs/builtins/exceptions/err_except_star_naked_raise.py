def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError(1)
f()
