# _blake2: BLAKE2b and BLAKE2s with every parameter of the parameter block, inputs across
# block boundaries, keyed hashing, updates and copies, the parameters' errors; then hashlib,
# hmac and uuid on top of the built-in hash modules.
import _blake2

for t in [_blake2.blake2b, _blake2.blake2s]:
    print(t.__name__, t(b"").hexdigest(), t(b"abc").hexdigest())
    print(t.SALT_SIZE, t.PERSON_SIZE, t.MAX_KEY_SIZE, t.MAX_DIGEST_SIZE)
    for n in [63, 64, 65, 127, 128, 129, 256, 1000]:
        data = bytes(i * 13 % 256 for i in range(n))
        print(n, t(data).hexdigest()[:32], t(data, key=b"secret").hexdigest()[:32])
    h = t(digest_size=16, key=b"k" * 8, salt=b"s" * 4, person=b"p" * 3, fanout=2, depth=3,
          leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True)
    for chunk in [b"x" * 70, bytearray(b"y" * 70), memoryview(b"z")]:
        h.update(chunk)
    c = h.copy()
    c.update(b"!")
    print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, type(h).__module__)
    print(t(key=b"key").hexdigest()[:32], t(b"", key=b"key").digest()[:4])
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE)

for t, bads in [(_blake2.blake2b, [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65),
                                  dict(salt=b"s" * 17), dict(person=b"p" * 17), dict(fanout=256),
                                  dict(depth=0), dict(leaf_size=2 ** 32), dict(leaf_size=-1),
                                  dict(node_depth=256), dict(inner_size=65), dict(node_offset=2 ** 64)]),
                (_blake2.blake2s, [dict(digest_size=33), dict(key=b"k" * 33), dict(salt=b"s" * 9),
                                  dict(node_offset=2 ** 48), dict(inner_size=33)])]:
    for bad in bads:
        try:
            t(**bad)
        except (ValueError, OverflowError) as e:
            print(t.__name__, sorted(bad), type(e).__name__, e)
for bad in [("text",), (b"a", b"b")]:
    try:
        _blake2.blake2b(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

import hashlib
import hmac
import uuid
print(sorted(hashlib.algorithms_guaranteed))
for name in ["md5", "sha1", "sha256", "sha3_256", "blake2b", "blake2s"]:
    print(name, hashlib.new(name, b"hashlib").hexdigest()[:20])
print(hashlib.shake_256(b"x").hexdigest(8), hashlib.sha512(b"x").digest_size)
print(hmac.new(b"key", b"message", "sha256").hexdigest())
print(hmac.new(b"key", b"message", hashlib.md5).hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
