# _sha2: the hashes random.seed(str) relies on.
import _sha2

h = _sha2.sha256(b"abc")
print(h.hexdigest(), h.name, h.digest_size, h.block_size, type(h).__name__)
h2 = h.copy()
h2.update(b"d" * 200)
print(h2.hexdigest(), h.hexdigest()[:8])
for n in ("sha224", "sha384", "sha512"):
    x = getattr(_sha2, n)(b"a" * 1000)
    print(n, x.hexdigest(), x.digest()[:4], x.digest_size, x.block_size)
for size in (0, 55, 56, 63, 64, 111, 112, 127, 128, 129):
    print(size, _sha2.sha256(b"q" * size).hexdigest()[:16], _sha2.sha512(b"q" * size).hexdigest()[:16])
print(_sha2.sha512(string=b"").hexdigest()[:16], _sha2.sha256(bytearray(b"x")).hexdigest()[:16])
for bad in ["abc", 1]:
    try:
        _sha2.sha256(bad)
    except TypeError as e:
        print("TypeError", e)
