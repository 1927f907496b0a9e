class C:
    def f(self, *, __x=1):
        pass
