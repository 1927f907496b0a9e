ba = bytearray(b"abc")
out = []
for x in ba:
    out.append(x)
    if len(ba) < 6:
        ba.append(x + 1)
print(out, ba)
ba = bytearray(b"12345")
it = iter(ba)
next(it)
del ba[:]
print(list(it))
ba = bytearray(b"ab")
it = iter(ba)
ba.extend(b"cd")
print(bytes(it))
print(bytearray(b"xyz").__len__(), bytearray(b"xyz").__alloc__() >= 3)
