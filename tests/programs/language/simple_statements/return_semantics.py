def f(x):
    if x == 1:
        return
    if x == 2:
        return 1, 2
    if x == 3:
        return [i for i in range(3)]
print(f(0), f(1), f(2), f(3))
def g():
    try:
        return "try"
    finally:
        print("finally before return")
print(g())
