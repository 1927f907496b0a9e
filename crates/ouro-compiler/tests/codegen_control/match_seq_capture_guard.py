match x:
    case [a, b] if a < b:
        f()
    case _:
        g()
