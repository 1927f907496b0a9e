a = {1, 2}
b = a.copy()
b.add(3)
print(a, b, set(a) is a, set("ab") == {"a", "b"}, set({1: 2}), set(b"ab"), set(range(3)))
for bad in (5, None):
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
