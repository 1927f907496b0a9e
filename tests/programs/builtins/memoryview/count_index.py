# xfail: not yet identical to CPython
m = memoryview(b"abcabc")
print(m.tolist().count(97), m.tolist().index(98), 99 in m, 120 in m)
print(hasattr(m, "count"), hasattr(m, "index"))
m2 = memoryview(bytearray(b"\x01\x02\x01")).cast("B")
print(m2.tolist(), sum(m2), max(m2))
print(memoryview(b"").tolist(), len(memoryview(b"")), memoryview(b"").tobytes())
print(sorted(memoryview(b"zyx")), bytes(memoryview(b"abc")[::-1]))
