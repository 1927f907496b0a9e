g = lambda: (yield 1)
