ba = bytearray(b"  Mixed Case  ")
for name in ("strip", "lower", "upper", "title", "swapcase", "capitalize", "split", "isalpha", "hex"):
    r = getattr(ba, name)()
    print(name, r, type(r).__name__)
print(ba.replace(b" ", b"_"), ba.center(20, b"."), ba.zfill(16), ba.find(b"C"), ba.count(b" "))
print(bytearray(b"a,b").split(b","), [type(p).__name__ for p in bytearray(b"a,b").partition(b",")])
print(bytearray(b"ab").join([b"1", b"2"]), bytearray(b"hi").decode(), bytearray.fromhex("41 42"))
