def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case [a] | (a, _):
            return a
