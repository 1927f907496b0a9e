for e in range(-8, 20):
    print(repr(10.0 ** e), repr(1.5 * 10.0 ** e))
