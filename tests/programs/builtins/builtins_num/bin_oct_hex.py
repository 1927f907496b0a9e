for n in (0, 1, -1, 7, 255, -256, 2**64, -(2**70) + 1, True):
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()))
for bad in (1.0, "1", None):
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
