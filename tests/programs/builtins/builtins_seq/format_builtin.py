print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"), format(255, "#x"), format(True, ""), format(None, ""))
print(format([1, 2]), format((1,), ""), format({1: 2}))
try:
    format([1, 2], "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "s")
except TypeError as e:
    print(type(e).__name__, e)
print(type(format(5)).__name__, format(5, "") == str(5))
