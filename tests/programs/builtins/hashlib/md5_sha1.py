# _md5 and _sha1 (hashlib.md5 and hashlib.sha1 without OpenSSL): digests of the standard test
# vectors and of inputs across block boundaries, incremental updates and copies, the objects'
# attributes and argument errors. (hashlib itself also wants blake2 and sha3, not here yet.)
import _md5
import _sha1

vectors = [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
           b"12345678901234567890123456789012345678901234567890123456789012345678901234567890"]
for v in vectors:
    print(_md5.md5(v).hexdigest(), _sha1.sha1(v).hexdigest())
for n in [55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]:
    data = bytes(i % 251 for i in range(n))
    print(n, _md5.md5(data).hexdigest(), _sha1.sha1(data).hexdigest())

for mod, ctor in [(_md5, _md5.md5), (_sha1, _sha1.sha1)]:
    h = ctor()
    for chunk in [b"The quick brown fox ", b"jumps over ", bytearray(b"the lazy dog"), memoryview(b"")]:
        h.update(chunk)
    c = h.copy()
    c.update(b".")
    print(h.hexdigest(), c.hexdigest(), h.digest()[:4], len(h.digest()))
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    print(ctor(string=b"x", usedforsecurity=False).hexdigest() == ctor(b"x").hexdigest())
    for bad in ["text", 5]:
        try:
            ctor(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        h.update()
    except TypeError as e:
        print(type(e).__name__, e)

