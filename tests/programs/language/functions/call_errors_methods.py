class K:
    def m(self, a):
        pass
    @staticmethod
    def s(a):
        pass
    @classmethod
    def c(cls, a, b):
        pass

k = K()
for case in [lambda: k.m(), lambda: k.m(1, 2), lambda: K.s(), lambda: K.c(1),
             lambda: K.m(1), lambda: k.c(1, 2, 3)]:
    try:
        case()
    except TypeError as e:
        print(e)
