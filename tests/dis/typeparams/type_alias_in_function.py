def f():
    type Local = list[int]
    return Local
