class C(B):
    def f(self):
        super(C, self).f()
        return super(C, self).x
