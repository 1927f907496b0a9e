import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__, e)
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print(150 < depth <= 200)
sys.setrecursionlimit(old)
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(type(e).__name__, e)
