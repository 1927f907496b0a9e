print(bytes(map(ord, "abc")), bytes(filter(lambda x: x > 98, b"abcd")), bytes(x % 256 for x in range(250, 260)))
print(bytes(reversed(b"xyz")), bytes(sorted(b"dcba")), bytes(set(b"aaa")), bytes(dict.fromkeys(b"hello")))
class It:
    def __iter__(self): return iter([72, 105])
print(bytes(It()))
class Idx:
    def __index__(self): return 65
print(bytes([Idx(), Idx()]))
