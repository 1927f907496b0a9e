b = b"  Hello World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.split(), b.split(b"o"), b.rsplit(None, 1), b"a,b".partition(b","), b"a,b".rpartition(b"x"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"x".center(5, b"*"), b"x".ljust(3), b"x".rjust(3, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"pre_x".removeprefix(b"pre_"), b"x_suf".removesuffix(b"_suf"))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
