import sys
print(sys.get_int_max_str_digits())
for bad in (5, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 2000)
except ValueError as e:
    print(e)
try:
    int("1" * 1500)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)), len(str(int("7" * 6000))))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
