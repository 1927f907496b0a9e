for n in (0, 1, -1, 3, 255, -255, 2**64 - 1, -(2**64 - 1), 2**100, 12345678901234567890):
    print(n, n.bit_count())
print(True.bit_count(), False.bit_count())
