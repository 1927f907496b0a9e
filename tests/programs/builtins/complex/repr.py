for z in (0j, -0j, 1j, -1j, 1+2j, 1-2j, -1.5+0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1e20j, 1e-20+1e300j, complex(float("inf"), float("nan")), complex(float("-inf"), -1)):
    print(repr(z), str(z))
print(complex(1, 2) == 1+2j, (1+2j).real, (1+2j).imag, type((1j).imag).__name__)
