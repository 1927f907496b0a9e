def f(seq):
    match seq:
        case []:
            return 0
        case [a]:
            return a
        case [a, b]:
            return a + b
        case [first, *rest]:
            return first, rest
