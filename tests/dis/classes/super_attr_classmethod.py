class A:
    @classmethod
    def make(cls):
        return cls()
class B(A):
    @classmethod
    def make(cls):
        obj = super().make()
        return obj
