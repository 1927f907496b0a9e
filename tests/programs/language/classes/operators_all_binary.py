class Show:
    def __init__(self, n):
        self.n = n
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
             "lshift", "rshift", "and", "or", "xor"]:
    setattr(Show, f"__{name}__", lambda self, o, name=name: f"{name}({self.n},{o})")
    setattr(Show, f"__r{name}__", lambda self, o, name=name: f"r{name}({self.n},{o})")
s = Show("s")
print(s + 1, s - 1, s * 1, s / 1, s // 1, s % 1, s ** 1, s @ 1)
print(s << 1, s >> 1, s & 1, s | 1, s ^ 1)
print(1 + s, 1 - s, 1 * s, 1 / s, 1 // s, 1 % s, 1 ** s)
print(1 << s, 1 >> s, 1 & s, 1 | s, 1 ^ s)
