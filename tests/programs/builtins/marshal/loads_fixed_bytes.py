import marshal
for h in ("4e", "54", "46", "e9ff000000", "e9ffffffff", "6c0200000000000100", "e70000000000000840", "f5", "da0568656c6c6f", "a9026902000000e903000000", "7b da01616901000000 30".replace(" ", ""), "3c00000000", "bc01000000e901000000"):
    try:
        v = marshal.loads(bytes.fromhex(h))
        print(h, repr(v), type(v).__name__)
    except (ValueError, EOFError, TypeError) as e:
        print(h, type(e).__name__, e)
