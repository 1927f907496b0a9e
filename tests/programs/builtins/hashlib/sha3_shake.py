# _sha3: SHA3-224/256/384/512 and SHAKE128/256 on inputs across rate boundaries, incremental
# updates and copies, long SHAKE output, the types' attributes, and argument errors.
import _sha3

names = ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]
for n in names:
    t = getattr(_sha3, n)
    print(n, t(b"").hexdigest())
    print(n, t(b"abc").hexdigest())
    h = t()
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix, type(h).__module__)
for size in [71, 72, 103, 104, 135, 136, 143, 144, 167, 168, 169, 300]:
    data = bytes(i * 7 % 256 for i in range(size))
    print(size, _sha3.sha3_256(data).hexdigest()[:24], _sha3.sha3_512(data).hexdigest()[:24],
          _sha3.shake_128(data).hexdigest(12))

for t in [_sha3.shake_128, _sha3.shake_256]:
    s = t(b"The quick brown fox")
    print(s.name, s.digest_size, s.block_size, s._suffix, s.hexdigest(0), len(s.digest(500)))
    print(s.digest(200)[-8:], s.hexdigest(40))
    c = s.copy()
    c.update(b" jumps")
    print(c.hexdigest(16), t(b"The quick brown fox jumps").hexdigest(16), s.hexdigest(16))
    for bad in [(), (-1,)]:
        try:
            s.hexdigest(*bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

h = _sha3.sha3_224()
for chunk in [b"a" * 100, bytearray(b"b" * 50), memoryview(b"c" * 200)]:
    h.update(chunk)
print(h.hexdigest() == _sha3.sha3_224(b"a" * 100 + b"b" * 50 + b"c" * 200).hexdigest())
print(_sha3.sha3_256(b"x", usedforsecurity=False).hexdigest() == _sha3.sha3_256(b"x").hexdigest())
try:
    _sha3.shake_128(b"x").digest(length=4)
except TypeError as e:
    print(type(e).__name__, e)
for bad in ["text", 3]:
    try:
        _sha3.sha3_256(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    h.update()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(h, _sha3.sha3_224), type(h.copy()) is _sha3.sha3_224)
_sha3.sha3_512(data=b"x")
