match x:
    case [a, b, c] | [c, b, a] | [b, c, a]:
        f()
