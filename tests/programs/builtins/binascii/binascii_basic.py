# binascii: hex with separators, base64 both ways (strict mode included), crc32 and crc_hqx,
# argument types and the module's Error, and the stdlib modules built on it.
import binascii

data = bytes(range(0, 256, 17))
print(binascii.hexlify(data), binascii.b2a_hex(b""))
for sep, per in [(":", 1), (b"-", 2), ("_", -3), (" ", 4), (":", 0), (":", 100)]:
    print(repr(sep), per, binascii.hexlify(b"\x01\x02\x03\x04\x05\x06\x07", sep, per))
print(binascii.hexlify(bytearray(b"ab"), sep="|"), binascii.hexlify(memoryview(b"xyz")))
print(binascii.hexlify(b"ab", "\xe9"))
for bad in [("::", 1), ("\u20ac", 1), (bytearray(b":"), 1), (5, 1)]:
    try:
        binascii.hexlify(b"ab", *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(binascii.unhexlify(b"0aFF10"), binascii.a2b_hex("deadBEEF"), binascii.unhexlify(""))
for bad in ["abc", "zz", b"0g", "\xe9\xe9"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.unhexlify(5)
except TypeError as e:
    print(type(e).__name__, e)

for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(d)
    print(enc, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(enc) == d)
print(binascii.a2b_base64("Zm9v\nYmFy\n"), binascii.a2b_base64(b"Z m9v!!YmE="), binascii.a2b_base64("Zg==Zm9v"))
for bad in ["Zm9vY", "Zm9vYmE", "Z", "Zm9vYmFyZ"]:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
for bad in ["=Zm9v", "Zm9v=", "Zm9v===", "Zg===", "Zg=", "Zm9vYg==Zg", "Zm9v!Zm9v", "Zg=a", "Zg=="]:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("strict", repr(bad), e)
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print(type(e).__name__, e)

print(binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 0x12345))
try:
    binascii.crc32("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    binascii.crc_hqx(b"abc")
except TypeError as e:
    print(type(e).__name__, e)

print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)

import base64
print(base64.b64encode(b"any carnal pleas"), base64.b64decode("YW55IGNhcm5hbCBwbGVhcw=="))
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"\x01\xab"), base64.b32encode(b"ab"))
print(base64.standard_b64decode(b"YQ=="), base64.b64decode(b"YWJj", validate=True))
try:
    base64.b64decode("YWJj!", validate=True)
except binascii.Error as e:
    print("validate", e)
binascii.unhexlify("0")
