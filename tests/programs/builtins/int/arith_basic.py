a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
a, b = -17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b)
a, b = 17, -5
print(a // b, a % b, divmod(a, b))
a, b = -17, -5
print(a // b, a % b, divmod(a, b))
print(-(5), +(5), ~5, ~-1, abs(-3))
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3, 0 ** 0)
print(10 / 4, 10 / 5, type(10 / 5).__name__)
print(7 // 1, 0 // 5, -0 // 5)
