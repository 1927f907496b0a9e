b = b"\x00\x01\xfe\xff"
print(list(b), [hex(x) for x in b], list(reversed(b)), list(enumerate(b"ab")))
it = iter(b"xy")
print(next(it), next(it), next(it, "done"))
print(bytes(reversed(b"abc")), b"abc"[::-1], len(b), len(b""))
print(dict.fromkeys(b"aab"), set(b"hello") == set(b"ohell"))
