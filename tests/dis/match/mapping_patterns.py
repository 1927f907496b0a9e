def f(d):
    match d:
        case {"x": x, "y": y}:
            return x + y
        case {"kind": "a", **rest}:
            return rest
        case {}:
            return None
