class Foo:
    __a = 1
    def __m(self, __p):
        self.__x = __p
        return __a
    def __dunder__(self): pass
class _:
    __z = 1
class __Bar__:
    __q = 2
    import __mod
