a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate())
print(a ** 2, a ** 0.5, a ** b, 1j ** 2, (1+1j) ** 3, 2 ** 1j)
print(a + 1, 1 - a, a * 2.5, a / 2, 2 / a)
print(a == 3+4j, a != 3, (3+0j) == 3, (3+0j) == 3.0)
for expr in ("a / 0", "a // 2", "a % 2", "divmod(a, 2)", "a < b", "0j ** -1", "round(a)", "int(a)", "float(a)", "0j ** 1j"):
    try:
        print(expr, eval(expr))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(expr, type(e).__name__, e)
