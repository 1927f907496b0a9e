def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "pt", "x": px, **others}:
            return f"point x={px} others={others}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "other"

for v in [0, -3, [1, 2], [1, 2, 3], {"type": "pt", "x": 1, "z": 2}, "hi", b"b", 4.5]:
    print(describe(v))
