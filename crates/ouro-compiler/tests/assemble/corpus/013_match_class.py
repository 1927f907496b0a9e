match p:
    case Point(x=0, y=0):
        print("Origin")
    case Point(x=0, y=yy):
        print(yy)
    case {"k": v, **rest}:
        print(v, rest)
    case 1 | 2 | 3:
        print("small")
    case str() as s:
        print(s)
