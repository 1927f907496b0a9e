v = 1234.56789
for fmt in ("%f", "%.2f", "%10.3f", "%-10.1f|", "%+f", "% f", "%010.2f", "%e", "%.3E", "%g", "%G", "%.10g", "%#.0f", "%#g", "%r", "%s", "%a"):
    print(repr(fmt), repr(fmt % v), repr(fmt % -v))
print("%*.*f" % (10, 2, v), "%-*d|" % (6, 3))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%d %i %x" % (3.99, -3.99, 255) if False else "%d %i" % (3.99, -3.99))
