print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(b"ab"), list(x * 2 for x in range(3)))
a = [1, 2]
b = list(a)
print(b == a, b is a)
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
l = [9, 9]
l.__init__([1])
print(l)
