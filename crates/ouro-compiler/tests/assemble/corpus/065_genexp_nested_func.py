def f(data):
    return [x for x in data if x] + list(y for y in data)
