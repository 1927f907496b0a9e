def f(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total
