class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2

class Sub(Counter):
    pass

Counter.make(); Sub.make(); Sub.make()
print(Counter.count, Sub.count)
print(Counter.helper(4), Sub().helper(5))
print(type(Counter.__dict__["make"]).__name__, type(Counter.__dict__["helper"]).__name__)
sm = Counter.__dict__["helper"]
print(sm(3))
