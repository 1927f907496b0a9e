match x:
    case [a, b] | (a, b, _) if a > b:
        print(a)
    case {**kw} if kw:
        print(kw)
