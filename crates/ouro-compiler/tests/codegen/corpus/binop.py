x = a + b
y = a - b * c
z = a @ b
w = a ** b // c % d
v = a << b >> c | d & e ^ f
u = a / b
