def f(x):
    match x:
        case [a, b] if a > b:
            return a
        case [a, b]:
            return b
        case n if n:
            return n
