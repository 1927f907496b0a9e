x: int
y: int = 1
a.b: int
a[1]: str
(z): int = 2
