import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(200)
depth = 0
def measure():
    global depth
    depth += 1
    measure()

try:
    measure()
except RecursionError:
    print("limited", depth < 200)
