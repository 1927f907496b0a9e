# xfail: not yet identical to CPython
import math
print(math.exp(10))
print(math.exp(1000))
