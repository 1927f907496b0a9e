class A(Base):
    def m(self):
        return super().m()
    def k(self):
        def inner():
            return super()
        return inner
class B:
    def m(self):
        super = 1
        return super
