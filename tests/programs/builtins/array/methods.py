import array

a = array.array('i', [5, 1, 4])
a.append(2)
a.extend([7, 7])
a.extend(array.array('i', [9]))
a.insert(0, -3)
a.insert(-1, 100)
a.insert(1000, 8)
print(a, len(a), a.count(7), a.index(7), a.index(7, 6))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(7)
a.reverse()
print(a, 4 in a, 42 in a, a.tolist())
a.fromlist([11, 12])
print(a, a.typecode, a.itemsize, type(a.buffer_info()), a.buffer_info()[1] == len(a))

b = array.array('h', [1, 2, 3, -1])
raw = b.tobytes()
print(raw, bytes(b), len(raw))
c = array.array('h')
c.frombytes(raw)
print(c, c == b, c is b)
c.byteswap()
print(c)
c.byteswap()
print(c == b)

for code in 'bBhHiIlLqQfd':
    x = array.array(code, [1, 2, 3])
    print(code, x, x.itemsize, x[1], x[-1], list(x), sum(x), x * 2, x + x)

u = array.array('u', 'hello')
print(u, u.tounicode(), u[1], u[1:3], list(u))
u.fromunicode(' world')
print(u, len(u))

s = array.array('d', [0.5, 1.5, 2.5, 3.5, 4.5])
print(s[1:4], s[::2], s[::-1], s[10:])
s[1:3] = array.array('d', [9.0])
print(s)
s[::2] = array.array('d', [0.0, 0.0])
print(s)
del s[0]
del s[::2]
print(s)
s *= 3
print(s)
s += array.array('d', [1.25])
print(s)
print(array.array('f', [0.1, 0.25]))

x = array.array('i', [1, 2, 3])
y = array.array('i', [1, 2, 4])
print(x < y, x <= y, x == y, x != y, x > y, x >= y)
print(x == array.array('d', [1.0, 2.0, 3.0]), x == [1, 2, 3])
print(array.array('i') < x, array.array('i', [1, 2]) < x)
print(array.array('b'), array.array('u'), repr(array.array('Q', [2**64 - 1])))
print(array.array('q', [-2**63]), array.array('B', b'ab'), array.array('d', (1, 2)))
print(array.array('i', range(5)), array.array('i', iter([3, 2])))
print(array.array('i', array.array('i', [4, 5])), array.array('d', array.array('i', [4, 5])))

class Sub(array.array):
    pass

sa = Sub('i', [1, 2])
print(sa, type(sa).__name__, type(sa[0:1]).__name__, type(sa + sa).__name__)
import copy
print(copy.copy(x), copy.deepcopy(x), copy.copy(x) is x)
print(array.typecodes, array.ArrayType is array.array, array.array.__name__, array.array.__module__)
print(list(reversed(x)), sorted(array.array('i', [3, 1, 2])), max(x))
it = iter(x)
print(type(it).__name__, next(it), list(it))
