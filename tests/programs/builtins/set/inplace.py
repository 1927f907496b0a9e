a = {1, 2, 3}
b = a
a |= {4}
a &= {1, 2, 4, 9}
a -= {1}
a ^= {2, 10}
print(a, a is b)
a.update([20], (21,))
a.intersection_update({4, 10, 20, 21, 99})
a.difference_update([21])
a.symmetric_difference_update({4, 5})
print(a)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__, e)
