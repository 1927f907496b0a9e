def check(point):
    match point:
        case (x, y) if x / y > 1:
            return "steep"
        case _:
            return "flat"
print(check((4, 2)))
print(check((1, 0)))
