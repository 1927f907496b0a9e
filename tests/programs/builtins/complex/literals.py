# xfail: not yet identical to CPython
print(1j, 2J, 1.5j, 1e3j, 1_0j, 0j, 00j, 09j, .5j, 5.j)
print(-1j, 1 + -1j, -(1j), 1 - 0j, -0j + 0, (-0.0) + 0j)
print(type(1j).__name__, (1j).real == 0)
print([x * 1j for x in range(3)])
print(1j * 1j, (2+3j) * (2-3j), 1j / 1j)
