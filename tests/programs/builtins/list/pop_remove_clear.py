a = list(range(10))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(5)
print(a)
for op in (lambda: a.remove(99), lambda: [].pop(), lambda: a.pop(100), lambda: a.pop("x")):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
a.clear()
print(a, len(a))
b = [1, 1.0, True]
b.remove(True)
print(b)
