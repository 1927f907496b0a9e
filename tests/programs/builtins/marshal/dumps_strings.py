import marshal
for v in ("", "a", "hello", "é", "€uro", "\U0001F600", "x" * 300, b"", b"bytes", bytearray(b"ba"), "interned_name"):
    print(repr(v)[:30], marshal.dumps(v).hex()[:80])
for version in range(5):
    print(version, marshal.dumps("ab", version).hex(), marshal.dumps(("ab", "ab"), version).hex())
