print(int(), int(5), int(-5.7), int("  42  "), int("-0"), int("+7"))
print(int(True), int(False), int(3.99), int(-3.99))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1010", 0))
class Idx:
    def __index__(self): return 11
class Tr:
    def __trunc__(self): return 12
class In:
    def __int__(self): return 13
print(int(In()))
try:
    print(int(Idx()))
except TypeError as e:
    print(type(e).__name__, e)
import warnings
warnings.simplefilter("ignore")
print(int(Tr()))
for bad in (None, [], 1j, "1.5", "", " ", "1 2", "١٢٣"):
    try:
        print(repr(bad), int(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b" 7 ")))
