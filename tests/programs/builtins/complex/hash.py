for z in (0j, 1j, 1+0j, 1+1j, -1-1j, 1.5+2.5j, 1e100j, complex(float("inf"), 0)):
    print(repr(z), hash(z))
print(hash(3+0j) == hash(3), hash(2.5+0j) == hash(2.5))
