for bad, n in [((1, 2, 3), 2), ((1,), 2), ((), 1)]:
    try:
        if n == 2:
            a, b = bad
        else:
            (a,) = bad
    except ValueError as e:
        print(type(e).__name__, e)
it = iter((1, 2, 3))
print(next(it), list(it), list(it))
print(list(reversed((1, 2, 3))), sorted((3, 1, 2)), tuple(sorted({3: 0, 1: 0})))
print(tuple(enumerate("ab")), tuple(zip((1, 2), "ab")))
