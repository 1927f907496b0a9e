for z in (0j, 1+1j, -1.5-2.25j, complex(1e-10, 1e10), complex(float("inf"), float("nan")), 123.456j):
    print(repr(z), format(z, ""), format(z, "g"), format(z, ".3"), format(z, "15.2f"), format(z, "<25"), format(z, "+.1e"))
