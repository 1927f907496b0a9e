print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 10, 1 << 100, -1 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print((2**100) >> 99, (2**100 - 1) & 0xFF)
for expr in ("1 << -1", "1 >> -1"):
    try:
        eval(expr)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 << 2**100
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(0 << 2**100 if False else 0 >> 2**100)
