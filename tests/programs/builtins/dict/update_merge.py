a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
c.update(q=1)
c.update({"x": -1}, r=2)
c.update([("s", 3)])
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **b, "extra": 0})
