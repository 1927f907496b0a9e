class Pos(int):
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls, abs(v))
    def __init__(self, v):
        print("init", v)

p = Pos(-5)
print(p, p + 1, type(p).__name__)

class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")

print(NotInit())
