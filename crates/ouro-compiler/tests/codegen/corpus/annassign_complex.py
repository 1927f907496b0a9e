a.b: int = 1
a[b]: int = 2
x[1:2]: int
x[1, 2:3]: str
