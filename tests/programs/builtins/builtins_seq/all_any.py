print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, ""]), any([0, "x"]), all("abc"), any(x > 3 for x in range(5)))
def noisy(v):
    print("check", v)
    return v
print(all(noisy(v) for v in [1, 0, 1]), any(noisy(v) for v in [0, 1, 0]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
print(all([[], 1]), any([[], None, 0.0, 0j, set()]))
