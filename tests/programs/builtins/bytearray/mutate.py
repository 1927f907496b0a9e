ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = b"<<"
print(ba)
ba += b"!!"
print(ba)
ba *= 2
print(ba)
del ba[0]
del ba[-3:]
print(ba)
del ba[::2]
print(ba)
ba[::2] = b"xy"[:len(ba[::2])] if len(ba[::2]) <= 2 else bytes(len(ba[::2]))
print(ba)
