class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"Base({self.v})"

class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def show(self):
        return "Child+" + super(Child, self).show()

c = Child(4)
print(c.show(), c.v)
print(super(Child, c).show())

class M(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)

print(type(M.make()).__name__)
