if a < b <= c == d:
    f()
