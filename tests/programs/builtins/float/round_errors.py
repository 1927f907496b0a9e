for v in (float("inf"), float("-inf"), float("nan")):
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
try:
    round(1.5, "1")
except TypeError as e:
    print(type(e).__name__, e)
print(round(1e308 * 10 if False else 1.5e308))
print(round(2**0.5, 10), round(-2.5), round(3.5), round(-3.5))
