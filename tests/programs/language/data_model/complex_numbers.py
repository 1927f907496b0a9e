z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z))
print(complex("1+2j"), complex(2), -z, z * 1j, z / 2)
print(repr(1j), repr(-0j), repr(complex(0, -1)))
try:
    z < z
except TypeError as e:
    print(e)
