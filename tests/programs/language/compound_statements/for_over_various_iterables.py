for c in "ab":
    print("str", c)
for k in {"x": 1, "y": 2}:
    print("dict key", k)
for k, v in {"x": 1}.items():
    print("item", k, v)
for b in b"AB":
    print("byte", b)
for i in range(3, 0, -1):
    print("range", i)
for t in zip([1, 2], "ab", strict=True):
    print("zip", t)
for line in "l1\nl2".splitlines():
    print("line", line)
for x in sorted({3, 1, 2}):
    print("set", x)
