print(chr(65), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)), chr(True))
print(ord("A"), ord("é"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")), ord("\x00"))
for bad in (-1, 0x110000, 2**100):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ("ab", "", b"ab", 5):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print([chr(i) for i in range(97, 123)] == list("abcdefghijklmnopqrstuvwxyz"))
