a < b
x = a == b
y = a is not b
z = a in b
w = a not in b
v = a >= b
u = a != b
t = a <= b
s = a > b
r = a is b
