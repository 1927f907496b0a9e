print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1/3), pow(4, 0.5), pow(0, 0), pow(0.0, 0.0), pow(2, 100))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, -1, 5), pow(2, 10**6, 10**9 + 7))
for args in [(0, -1), (0.0, -1), (2, 3, 0), (3, -1, 6), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(-2.0, 0.5), type(pow(-1, 0.5)).__name__, pow(1j, 2), pow(2, 1j).real.__round__(10))
try:
    pow(10.0, 400)
except OverflowError as e:
    print(type(e).__name__, e)
