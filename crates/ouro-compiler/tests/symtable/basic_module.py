import os, os.path as p
import a.b.c
from x import y as z, w
x = 1
print(x, os)
del x
for i in range(3): pass
with open("f") as (fa, fb): pass
