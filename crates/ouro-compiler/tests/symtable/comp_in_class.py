class C:
    a = [1, 2]
    b = [x for x in a]
    c = [a for x in range(3)]
    d = (y for y in a)
    def m(self):
        return [self for _ in ()]
