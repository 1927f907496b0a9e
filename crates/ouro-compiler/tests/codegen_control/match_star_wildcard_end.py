match x:
    case [*_, b]:
        f()
