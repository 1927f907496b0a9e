class A:
    x = 1
    def m(self):
        return x
    y = [x for _ in range(3)]
    def n(self):
        return __class__
