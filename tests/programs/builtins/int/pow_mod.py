print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(-2, 3, 5), pow(2, -1, 7), pow(3, -2, 11))
print(pow(5, 0, 1), pow(0, 0, 7), pow(7, 3, -5))
print(pow(10**20, 10**5, 97))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 4), (2, 3.0, 4), (2, 3, 4.0)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
