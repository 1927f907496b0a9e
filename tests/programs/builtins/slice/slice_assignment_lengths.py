base = list(range(8))
for sl, val in [(slice(0, 0), [9]), (slice(2, 5), []), (slice(2, 5), [7, 7, 7, 7, 7]), (slice(None, None, 2), "abcd"), (slice(None, None, -1), list("hgfedcba")), (slice(-2, None), (1, 2, 3)), (slice(10, 20), [1]), (slice(5, 2), ["x"])]:
    a = base[:]
    a[sl] = val
    print(sl, a)
