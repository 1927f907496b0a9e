def f(x):
    match x:
        case [1, (2 | 3) as y] as whole:
            return y, whole
        case str() as s:
            return s
