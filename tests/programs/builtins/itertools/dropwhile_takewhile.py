# itertools.dropwhile and itertools.takewhile.
import itertools
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(itertools.dropwhile(lambda x: True, [1, 2])), list(itertools.takewhile(lambda x: True, [1, 2])))
t = itertools.takewhile(lambda x: x != 2, iter([1, 2, 3]))
print(list(t), list(t))
calls = []
def pred(x):
    calls.append(x)
    return x < 2
print(list(itertools.dropwhile(pred, [0, 1, 2, 0, 1])), calls)
for f in (itertools.dropwhile, itertools.takewhile):
    for args in [(), (None,), (None, [1], 3)]:
        try:
            f(*args)
        except TypeError as e:
            print("TypeError:", e)
try:
    itertools.takewhile(None, [1], x=1)
except TypeError as e:
    print("TypeError:", e)
