import math as m
import math
print(m is math, m.sqrt(16))
from os import path as p, sep
import os.path as op
print(p is op, sep)
import sys
print("math" in sys.modules, type(m).__name__)
