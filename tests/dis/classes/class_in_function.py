def make(base):
    class Local(base):
        attr = base
        def m(self):
            return base
    return Local
