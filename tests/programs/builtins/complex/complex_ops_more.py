# xfail: not yet identical to CPython
print((1+2j) * 0, 0j * (1+2j), (1+2j) + (-1-2j), (1j) ** 0, (0j) ** 0, (2+0j) ** 10)
print(complex(1, 0) == 1, complex(1.5, 0) == 1.5, complex(0, 1) == 1j, -(0j), -(-0j))
print(repr(complex(-0.0, -0.0)), repr(-complex(0, 0)), repr(0j.conjugate()), repr((-0j).conjugate()))
print((3+4j).__abs__(), abs(complex(3e300, 4e300)), abs(-1j))
print(complex("1e1+2e-1j"), complex("-1.5E+2-2.5E-2J"), complex("  +1j  "))
print(pow(2+3j, 2), pow(1j, -1), (1 + 1j) / (1 - 1j))
