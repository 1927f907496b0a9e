import struct
for fmt in ("b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N"):
    for order in ("", "<", ">", "!", "="):
        if fmt in "nN" and order:
            continue
        f = order + fmt
        size = struct.calcsize(f)
        hi = 2 ** (8 * size - (1 if fmt.islower() else 0)) - 1
        lo = -(hi + 1) if fmt.islower() else 0
        for v in (lo, hi, 0, 1):
            data = struct.pack(f, v)
            print(f, v, data.hex(), struct.unpack(f, data)[0] == v)
