for op in ("<", "<=", ">", ">="):
    try:
        eval("1j " + op + " 2j")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
print(1j == 1j, 1j != 2j, 1j in [1j], {1j: "k"}[1j], hash(1j) == hash(complex(0, 1)))
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1 + 0j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j % 1
except TypeError as e:
    print(type(e).__name__, e)
