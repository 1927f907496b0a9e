for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -4)):
    print(r, list(r), len(r), bool(r))
print(range(3).start, range(3).stop, range(3).step, range(1, 9, 2)[::-1], range(10)[2:8:3])
