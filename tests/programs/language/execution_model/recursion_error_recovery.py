import sys
def deep(n):
    return deep(n + 1) if n >= 0 else 0
for attempt in range(3):
    try:
        deep(0)
    except RecursionError:
        print("recovered", attempt)
def safe(n):
    return 0 if n == 0 else 1 + safe(n - 1)
print(safe(500))
print(sys.getrecursionlimit())
