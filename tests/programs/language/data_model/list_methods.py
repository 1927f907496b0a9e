l = [3, 1, 2]
l.append(4); l.insert(0, 0); l.extend([5, 6])
print(l, l.pop(), l.pop(0), l)
l.remove(2)
print(l, l.index(4), l.count(1))
l.sort(reverse=True)
print(l)
l.reverse()
print(l, l.copy() is l, l[:] == l)
l.clear()
print(l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
