import sys
import math as m
from os import path as osp
from collections import OrderedDict, defaultdict
print(m.pi, osp.__name__, OrderedDict.__name__, defaultdict.__name__)
print("math" in sys.modules, sys.modules["math"] is m)
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'nope' from 'math'"), e.name)
try:
    import nope_mod_abc
except ImportError as e:
    print(type(e).__name__, e)
def f():
    import json
    return json.dumps({"a": [1, 2]})
print(f())
print(type(sys.modules).__name__, type(m).__name__)
