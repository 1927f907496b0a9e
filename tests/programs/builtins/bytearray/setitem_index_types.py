ba = bytearray(b"abcdef")
ba[True] = 66
ba[-1] = 70
class I:
    def __index__(self): return 2
ba[I()] = 67
print(ba)
for idx, val in [(10, 1), ("0", 1), (0, "a"), (0, 1.0)]:
    try:
        ba[idx] = val
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(ba[I()], ba[-6], ba[True:I()])
