# xfail: not yet identical to CPython
ba = bytearray(b"Hello, World")
print(ba.lower(), ba.upper(), ba.swapcase(), ba.startswith(b"Hell"), ba.endswith(b"ld"), ba.isascii(), ba.islower())
print(ba.find(b"o"), ba.rfind(b"o"), ba.index(b"W"), ba.count(b"l"), ba.split(b", "), ba.rsplit(b"o", 1))
print(ba.removeprefix(b"Hello"), ba.removesuffix(b"World"), ba.expandtabs(), ba.title(), ba.zfill(15))
print(ba.replace(b"l", b"L", 2), ba.partition(b","), ba.rpartition(b"o"), ba.strip(b"Hd"), ba.hex("."))
