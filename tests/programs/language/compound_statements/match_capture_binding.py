match (1, [2, 3]):
    case (a, [b, *c]) as whole:
        print(a, b, c, whole)
match {"x": 1}:
    case {"x": 1 | 2 as val}:
        print("val", val)
value = 5
match 5:
    case n:
        print("captured", n)
match [1, 2]:
    case [1, _] | [_, 1]:
        print("has one at an end")
