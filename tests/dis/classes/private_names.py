class C:
    __slots__ = ("__x",)
    def __init__(self):
        self.__x = 1
    def get(self):
        return self.__x
    def __dunder__(self):
        return __name__
