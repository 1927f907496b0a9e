class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"

class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"

print(Base() + Derived())
print(Derived() + Base())
print(Base() + Base())
