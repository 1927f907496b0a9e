print(True and 5, False and 5, 0 or "x", "" or [], None or 0)
print(not 0, not 1, not [], not [1], not None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or "", 0 or 7 or 8)
def f(x):
    print("eval", x)
    return x
print(f(0) and f(1))
print(f(1) or f(2))
print(f(1) and f(0) or f(3))
print(all([]), any([]), all([1, 0]), any([0, 0.0, 1]))
