def branches(a, b):
    if a and b:
        return 1
    elif a or b:
        return 2
    if not a:
        return 3
    return 4

def chained(x):
    return 0 < x < 10

def ternary(x):
    return "pos" if x > 0 else "neg" if x < 0 else "zero"

def matcher(v):
    match v:
        case [a, b]:
            return a + b
        case {"k": k}:
            return k
        case int() | float():
            return v
        case _:
            return None

def loops(data):
    out = []
    for row in data:
        for cell in row:
            if cell is None:
                continue
            if cell == "stop":
                break
            out.append(cell)
        else:
            out.append("end")
    return out

def swaps(a, b, c):
    a, b = b, a
    a, b, c = c, b, a
    return a, b, c

def calls(o, *a, **k):
    o.m(1, 2, x=3)
    print(*a, **k)
    return o.f().g(len(a))
