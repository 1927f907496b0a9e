for expr in ("1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "0 ** -1", "pow(0, -1)", "10**100 // 0", "(-3) % 0"):
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
