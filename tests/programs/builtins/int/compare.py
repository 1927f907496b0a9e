print(1 < 2, 2 < 1, 1 == 1.0, 1 == 1.5, 2**53 + 1 == float(2**53 + 1))
print(10**400 > 1e308, -10**400 < -1e308, 10**400 > float("inf"))
print(1 < 2 < 3, 3 > 2 > 2)
print(1 == True, 0 == False, 2 == True)
print(max(3, 1, 2), min(3, 1, 2))
print(5 == 5+0j, 5 != 5+1j)
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
print(float("nan") == 1, 1 < float("nan"), 1 > float("nan"))
