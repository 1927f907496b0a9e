class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(self.v + 1000)
    def __invert__(self): return N(~self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v) + 0.5
    def __index__(self): return int(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return "rounded"

n = N(7)
print((-n).v, (+n).v, (~n).v)
print(int(n), float(n), complex(n), round(n))
print([10, 20, 30, 40, 50, 60, 70, 80][n], bin(n), oct(n), "ab" * N(2))
