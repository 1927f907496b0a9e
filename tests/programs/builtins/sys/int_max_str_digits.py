import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(1000)
try:
    str(10**1000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10**999)))
sys.set_int_max_str_digits(4300)
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
