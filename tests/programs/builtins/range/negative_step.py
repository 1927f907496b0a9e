for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5)]:
    r = range(*args)
    print(args, list(r), len(r), r[0] if r else None, r[-1] if r else None, (0 in r))
