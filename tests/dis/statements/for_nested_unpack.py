def f(pairs):
    for i, (a, b) in enumerate(pairs):
        for c in a:
            print(i, b, c)
