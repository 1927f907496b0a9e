print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1.0 / 3, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7.5 % -2, -7.5 % -2, divmod(7.5, -2), divmod(-0.0, 1.0), -0.0 % 5, 0.0 % -5)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 2, 4.0 ** 0.5, 0.0 ** 0, 1.0 ** float("nan"))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float("inf") - float("inf"), float("inf") * 0, 0.0 * -1)
for expr in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 ** -1", "10.0 ** 400", "(-8.0) ** 0.5"):
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)
