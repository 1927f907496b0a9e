def make(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
