print(1 + 2.5, 1 + 2j, 1 + True, True + True, True * 3)
print(7 // 2.0, 7 % 2.0, -7 % 2.0, divmod(7, 2.0), divmod(-7.5, 2))
print(2 ** 0.5, (-8) ** (1/3))
print(10**20 + 0.5, 10**20 * 1.0)
for expr in ("1 + '1'", "'a' * 2.0", "[1] * -1", "None + 1", "1 - []", "2 @ 3"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
