# -*- coding: utf-8 -*-
s = "multi\
line"
t = ("implicit"
     " join")
u = [
    1,
    2,
]
print(s, t, u)
if True: print("one-line if")
x = 1; y = 2; print(x + y)
