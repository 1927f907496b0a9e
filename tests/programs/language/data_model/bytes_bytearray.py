b = b"hello"
print(b[0], b[1:3], b.upper(), b.hex(), bytes.fromhex("6869"), list(b"ab"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba), ba.pop(), ba)
print(bytes(3), bytes([1, 2, 255]), b"a" + b"b", b"x" * 3, b"ell" in b)
try:
    bytes([256])
except ValueError as e:
    print(e)
print(b"%d-%s" % (5, b"x"), b"a,b".split(b","), repr(b"\x00\xff'"))
