for n in (0, 1, -1, 2, 7, 8, 255, 256, -256, 2**31, 2**63 - 1, -2**63, 2**64, 10**100):
    print(n if abs(n) < 10**20 else "big", n.bit_length())
print(int.bit_length(37))
try:
    int.bit_length(1.0)
except TypeError as e:
    print(type(e).__name__, e)
