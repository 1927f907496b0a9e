# xfail: not yet identical to CPython
print(format(0.1, ".55f"))
print(format(1/3, ".60e"))
print(format(5e-324, ".760g")[:50], len(format(5e-324, ".760g")))
print(format(2.0**100, ".0f"), format(2.0**-20, ".30f"))
print(format(1.7976931348623157e308, ".0f")[:30], len(format(1.7976931348623157e308, ".0f")))
print("%.40f" % 0.1)
print(format(123.0, ".100g"), format(1e22, ".30g"), format(1e23, ".30g"))
