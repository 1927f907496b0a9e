import sys
print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
s = "1" * 4300
print(len(str(int(s))))
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 10**4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(big)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)) > 4000)
print(int("f" * 5000, 16).bit_length())
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10**4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    int("9" * 641)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(int("9" * 640))))
