class Outer:
    class Inner:
        def m(self):
            return __class__
    def n(self):
        return super().n()
