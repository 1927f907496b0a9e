cases = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: int("12", base=40),
    lambda: "abc".split(1),
    lambda: sorted([1], key=1),
    lambda: divmod(1),
    lambda: [].append(),
    lambda: {}.get(),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
