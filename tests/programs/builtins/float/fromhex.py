for s in ("0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p0", "0x1.fffffffffffffp1023", "0x1p1024", "0X1P+3", "1p2", "0x.8", "0x1.", "  0xAp0  ", "inf", "-nan", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x3p-1076", "0xg", "0x", "0x1p", "0x1.8p-1074"):
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
class MyF(float):
    pass
print(type(MyF.fromhex("0x1p1")).__name__, MyF.fromhex("0x1p1"))
