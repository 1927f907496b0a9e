def f(cmd):
    match cmd:
        case [x, *rest]:
            return x, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case str() as s if s:
            return s
        case _:
            return None
