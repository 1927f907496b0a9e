print(repr(0), repr(-0), repr(-123), str(10**25))
print(str(-10**25))
print(int.__repr__(5), int.__str__(-5))
print(hex(255), oct(8), bin(5), hex(-255), oct(-8), bin(-5), bin(0))
print(hex(2**70), oct(2**40), bin(2**20))
class I(int):
    pass
print(repr(I(5)), str(I(5)), hex(I(5)))
class J(int):
    def __repr__(self): return "J!"
print(repr(J(3)), str(J(3)), f"{J(3)}")
for v in (1.5, "1", None):
    try:
        hex(v)
    except TypeError as e:
        print(type(e).__name__, e)
