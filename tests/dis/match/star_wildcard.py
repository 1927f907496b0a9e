def f(x):
    match x:
        case [1, *_, 2]:
            return True
        case (*_, last):
            return last
