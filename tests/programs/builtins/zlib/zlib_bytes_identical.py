# The bytes zlib.compress and compressobj streams make (every level, zlib/raw/gzip formats,
# full and partial flushes) are zlib's own, byte for byte, on text, random and mixed data.
import zlib, random
r = random.Random(5)
h = 0
for n in [0, 1, 10, 100, 1000, 10000, 70000, 120000]:
    text = bytes(r.choice(b"abcdefghij  \n") for _ in range(n))
    rnd = bytes(r.getrandbits(8) for _ in range(n // 4))
    for d in (text, rnd, text + rnd):
        for lvl in range(-1, 10):
            for wb in (15, -15, 31, 9):
                h = zlib.crc32(zlib.compress(d, lvl, wb), h)
        co = zlib.compressobj(3, zlib.DEFLATED, -12)
        out = b"".join([co.compress(d[:n//3]), co.flush(zlib.Z_FULL_FLUSH), co.compress(d[n//3:]), co.flush(zlib.Z_PARTIAL_FLUSH), co.flush()])
        h = zlib.crc32(out, h)
print(h)
