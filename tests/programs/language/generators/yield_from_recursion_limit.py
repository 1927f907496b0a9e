# Generator frames count towards the recursion limit like calls, whether resumed by the loop
# (for, yield from) or from native code (next, list): a `yield from` chain deeper than the
# limit raises RecursionError instead of running on.
import json


def chain(n):
    if n == 0:
        yield 0
    else:
        yield from chain(n - 1)


for depth in [10, 500, 5000]:
    try:
        print(depth, list(chain(depth)))
    except RecursionError as e:
        print(depth, "RecursionError:", e)


def nested_for(n):
    if n == 0:
        yield "leaf"
        return
    for x in nested_for(n - 1):
        yield x


for depth in [100, 5000]:
    try:
        print(depth, next(nested_for(depth)))
    except RecursionError as e:
        print(depth, "RecursionError:", e)

deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("json RecursionError")
print(list(chain(3)))
