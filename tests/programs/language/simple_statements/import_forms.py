import os.path
import collections.abc as cabc
from math import pi as PI, floor
from itertools import *
import json, re
print(os.path.basename("/a/b.txt"), cabc.Mapping.__name__, round(PI, 3), floor(2.5))
print(list(islice(count(5), 3)), json.dumps(1), re.sub("a", "b", "aa"))
print("os" in dir(), "path" in dir(), "chain" in dir())
