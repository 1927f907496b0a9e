def kind(x):
    match x:
        case int() | float() as num if num > 100:
            return "big number"
        case int() | float():
            return "number"
        case [int() | float(), *_] as seq:
            return f"numeric sequence of {len(seq)}"
        case {"a": [1, *rest]}:
            return f"a starts with 1 then {rest}"
        case _:
            return "unknown"
for v in [5, 500.0, [1.5, "x"], {"a": [1, 2, 3]}, {"a": [2]}, "s"]:
    print(kind(v))
