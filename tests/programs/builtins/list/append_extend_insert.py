a = [1]
a.append(2)
a.extend([3, 4])
a.extend((5,))
a.extend(range(6, 8))
a.extend("ab")
a.extend({9: 0})
print(a)
a.insert(0, "first")
a.insert(-1, "beforelast")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.append(a)
print(a)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.insert(0)
except TypeError as e:
    print(type(e).__name__, e)
b = [1, 2]
b.extend(b)
print(b)
