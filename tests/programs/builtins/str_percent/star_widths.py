print("%*s|%-*s|" % (5, "a", 5, "b"))
print("%.*s|" % (2, "abcdef"), "%*.*f|" % (8, 3, 3.14159))
print("%*d|" % (0, 5), "%-*d|" % (-3, 5))
try:
    "%*d" % (2**40, 1)
except (OverflowError, ValueError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    "%.*f" % (-1, 1.0)
except ValueError as e:
    print(type(e).__name__, e)
print("%.*f" % (0, 2.5), "%.*f" % (0, 3.5))
