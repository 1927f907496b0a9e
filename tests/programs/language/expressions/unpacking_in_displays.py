a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b}, {**{"x": 1}, "y": 2, **{"x": 3}})
print([*"ab", *range(2), *{"k": 1}])
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "xyz"
print(init, tail)
(a1, b1), c1 = (1, 2), 3
print(a1, b1, c1)
