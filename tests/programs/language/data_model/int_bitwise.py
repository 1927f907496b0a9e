print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2)
print(bin(42), oct(8), format(255, "x"), format(255, "#X"), format(5, "08b"))
try:
    1 << -1
except ValueError as e:
    print(e)
print(-1 & 0xFF, (-1) >> 100)
