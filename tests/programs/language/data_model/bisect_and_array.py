import bisect
import array
l = [1, 3, 5, 7]
bisect.insort(l, 4)
print(l, bisect.bisect_left(l, 5), bisect.bisect_right(l, 5))
a = array.array("i", [1, 2, 3])
a.append(4)
print(a, a.tolist(), a.itemsize, sum(a))
