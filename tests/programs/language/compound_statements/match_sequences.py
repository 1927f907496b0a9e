def f(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *_] if x == y:
            return "starts with a pair"
        case [*_, "end"]:
            return "ends with end"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case _:
            return "other"
for s in [[], [1], [2, 2, 3], ["a", "end"], (1, 2, 3), [1, 2, 3, 4], "str", range(3)]:
    print(s, f(s))
