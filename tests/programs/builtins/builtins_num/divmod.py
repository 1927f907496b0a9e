for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7.5, 2), (-7.5, 2), (7, 0.5), (10**20, 7), (1, 10**20), (-1, 10**20), (True, 2)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(float("inf"), 1), divmod(1, float("inf")), divmod(-1, float("inf")))
