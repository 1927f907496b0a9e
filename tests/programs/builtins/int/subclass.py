class MyInt(int):
    def double(self): return self * 2
m = MyInt(21)
print(m, m.double(), type(m.double()).__name__, type(m + 1).__name__, type(-m).__name__)
print(isinstance(m, int), m == 21, hash(m) == hash(21))
m.attr = 1
print(m.attr)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__)
print(int(m), type(int(m)).__name__)
print(MyInt("ff", 16), MyInt())
class Add(int):
    def __add__(self, o): return "custom"
    def __radd__(self, o): return "rcustom"
print(Add(1) + 1, 1 + Add(1))
