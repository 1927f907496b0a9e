print(1_000_000, 0x_FF, 0o17, 0b1010, 1e3, 1.5E-2, 10j, .5, 5.)
print(0xdeadbeef, 0O777, 0B11, 1_0.0_1)
print(type(1e0).__name__, type(0x1).__name__, 2_0j)
