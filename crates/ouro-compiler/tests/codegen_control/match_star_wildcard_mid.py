match x:
    case [a, *_, b, c]:
        f()
