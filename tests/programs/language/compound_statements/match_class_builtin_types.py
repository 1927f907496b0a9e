def f(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s}"
        case list([x, y]):
            return f"list of two {x} {y}"
        case dict():
            return "dict"
        case tuple((a,)):
            return f"one-tuple {a}"
    return "none"
for v in [True, 3, "s", [1, 2], {}, (9,), (1, 2)]:
    print(f(v))
