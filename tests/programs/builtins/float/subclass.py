class F(float):
    def __repr__(self): return "F(" + super().__repr__() + ")"
f = F(1.5)
print(repr(f), str(f), f + 1, type(f + 1).__name__, f"{f}", format(f, ".2f"))
class G(float):
    pass
g = G("2.5")
print(g, type(g).__name__, g.is_integer(), g.hex(), G.fromhex("0x1p3"))
class H(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(H(3), type(H(3)).__name__)
