print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 8), int("0o777", 0))
print(int("1010", 2), int("0b1010", 2), int("0b1010", 0))
print(int("z", 36), int("Z", 36), int("zz", 36), int("10", 36))
print(int("12", 3), int("-12", 3), int("  +12  ", 3))
print(int("0", 0), int("00", 0), int("000", 10))
for args in [("08", 0), ("0x", 16), ("12", 1), ("12", 37), ("12", -1), ("2", 2), ("g", 16), ("0b2", 0), ("_1", 10), ("1_", 10), ("1__0", 10), ("0_0", 0), ("0_7", 0), ("0x_", 16)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("١٢٣"), int("٣", 16))
