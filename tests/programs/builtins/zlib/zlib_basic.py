# zlib: one-shot compress/decompress at every level and format (the
# bytes must be zlib's own), streams with flushes, partial input, max_length, unused data,
# preset dictionaries, checksums, the errors CPython raises, and gzip on top.
import zlib
data = b"hello world " * 1000 + bytes(range(256)) * 10
for lvl in (-1, 0, 1, 6, 9):
    for wb in (15, 9, -15, 31, -9, 25):
        c = zlib.compress(data, lvl, wb)
        print(lvl, wb, len(c), zlib.crc32(c), zlib.decompress(c, wb) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 32) == data)
print(zlib.decompress(zlib.compress(data), 0) == data)
print(zlib.crc32(data), zlib.crc32(data, 12345), zlib.adler32(data), zlib.adler32(data, 7), zlib.crc32(b"a", -1))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i+700]) for i in range(0, len(data), 700)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
blob = b"".join(parts)
print(len(blob), zlib.crc32(blob), [len(p) for p in parts][-4:])
do = zlib.decompressobj(-15)
out = b""
for i in range(0, len(blob), 100):
    out += do.decompress(blob[i:i+100])
print(out == data + b"tail", do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
z = zlib.compress(data) + b"EXTRA"
o = do.decompress(z, 50)
print(len(o), len(do.unconsumed_tail), do.eof)
o2 = do.decompress(do.unconsumed_tail)
print(o + o2 == data, do.eof, do.unused_data)
do = zlib.decompressobj()
o = do.decompress(z[:30]) ; print(len(o), do.eof)
o += do.decompress(z[30:]); print(o == data, do.unused_data, do.eof, do.flush())
zd = b"hello world "
co = zlib.compressobj(zdict=zd); c = co.compress(data) + co.flush()
print(len(c), zlib.decompressobj(zdict=zd).decompress(c) == data)
try:
    zlib.decompress(c)
except zlib.error as e:
    print(e)
for f in [lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', wbits=8), lambda: zlib.compress(b'x', wbits=40), lambda: zlib.decompress(b'xyz'), lambda: zlib.decompress(zlib.compress(b'hello')[:-3]), lambda: zlib.decompress(b'x', wbits=99), lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compress('s'), lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.compressobj().flush(7), lambda: zlib.decompressobj().flush(0), lambda: zlib.crc32(), lambda: zlib.crc32("s")]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import gzip, io
g = gzip.compress(data, mtime=0)
print(len(g), zlib.crc32(g), gzip.decompress(g) == data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
print(len(buf.getvalue()), gzip.decompress(buf.getvalue()) == data)
print(zlib.error.__module__, type(zlib.compressobj()).__name__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
for f in [lambda: zlib.compress(data=b"x"), lambda: zlib.decompress(data=b"x"),
          lambda: zlib.decompressobj().decompress(data=b"x")]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
# The one-way decompressor gzip reads with; gzip files through io, arrays as data.
import array
zd = zlib._ZlibDecompressor(31)
g = gzip.compress(data, mtime=0) + b"junk"
first = zd.decompress(g[:20], 10)
print(len(first), zd.needs_input, zd.eof)
rest = zd.decompress(b"", 100)
print(len(rest), zd.needs_input, zd.eof)
more = zd.decompress(g[20:])
print(first + rest + more == data, zd.eof, zd.unused_data, zd.needs_input)
try:
    zd.decompress(b"x")
except EOFError as e:
    print(type(e).__name__, e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(array.array("I", range(100)))
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as f:
    print(f.read() == array.array("I", range(100)).tobytes())
print(zlib.crc32(array.array("H", [1, 2, 3])), io.BytesIO().write(array.array("b", [1, 2])))
