def f(x):
    assert x
    assert x > 0, "must be positive"
    assert isinstance(x, int), f"bad {x!r}"
