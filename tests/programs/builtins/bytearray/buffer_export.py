ba = bytearray(b"abcd")
m = memoryview(ba)
m[0] = ord("Z")
print(ba)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
try:
    del ba[0]
except BufferError as e:
    print(type(e).__name__, e)
ba[1] = ord("Y")
print(bytes(m))
m.release()
ba.append(33)
print(ba)
