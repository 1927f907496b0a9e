# Functions of built-in modules name their module, so they pickle by reference.
import math
import operator
import pickle
import time

for f in (operator.add, math.sqrt, time.time, len):
    print(f.__module__, f.__self__.__name__, f.__reduce__())
    print(pickle.loads(pickle.dumps(f)) is f)
print(pickle.loads(pickle.dumps({0, "zero", operator.add})) == {0, "zero", operator.add})
