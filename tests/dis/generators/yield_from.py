def gen(inner):
    result = yield from inner
    return result
