# RecursionError messages: the Python limit, and the C-level limit reached through repr() of a
# builtin call, __repr__ and __eq__, also with a limit of 100,000 (no crash).
import sys
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("f:", e)
class R:
    def __repr__(self): return repr(self)
    def __eq__(self, o): return self == o
try:
    repr(R())
except RecursionError as e:
    print("repr:", e)
try:
    R() == R()
except RecursionError as e:
    print("eq:", e)
sys.setrecursionlimit(100_000)
try:
    repr(R())
except RecursionError as e:
    print("repr 100k:", e)
def g(n): return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print("g 100k:", e)
