import sys
sys.setrecursionlimit(100)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(50 < d < 100)
sys.setrecursionlimit(1000)
def rec(n):
    return n if n == 0 else rec(n - 1)
print(rec(900))
