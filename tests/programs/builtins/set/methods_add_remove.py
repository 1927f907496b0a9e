s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
s.clear()
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
