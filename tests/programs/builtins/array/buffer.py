import array

a = array.array('H', [1, 256, 65535])
print(bytes(a), bytearray(a), len(bytes(a)))
print(b''.join([array.array('b', [65, 66])]))
b = array.array('B')
b.frombytes(bytearray(b'xyz'))
print(b)
try:
    b.frombytes('abc')
except TypeError as e:
    print(e)
try:
    array.array('i').frombytes(b'abcde')
except ValueError as e:
    print(e)
print(array.array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
r = array.array('i', [1, 2]).__reduce_ex__(2)
print(r[0].__name__, r[1])
r = array.array('i', [1, 2]).__reduce_ex__(4)
print(r[0].__name__, r[1][1:], r[0](*r[1]))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1])
m[0] = 7
print(a)
try:
    a.append(1)
except BufferError as e:
    print(e)
m.release()
a.append(1)
print(a, memoryview(array.array('d', [0.5])).tolist())
v = a.__buffer__(0)
print(type(v).__name__, v.nbytes, v.readonly)
a.__release_buffer__(v)
a.append(2)
print(a, sorted(n for n in dir(array.array) if 'buffer' in n))
