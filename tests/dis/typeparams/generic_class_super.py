class A:
    def f(self):
        return 1
class B[T](A):
    def f(self):
        return super().f()
