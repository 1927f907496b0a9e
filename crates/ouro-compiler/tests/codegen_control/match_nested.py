match x:
    case [C(a=[b, *c]), {1: d}]:
        f()
