# itertools.chain and chain.from_iterable: lazy iteration of the inputs, errors.
import itertools
print(list(itertools.chain("ab", [1, 2], (3,))), list(itertools.chain()))
print(list(itertools.chain.from_iterable(["xy", "z", []])))
c = itertools.chain(1)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
def gen():
    for i in range(3):
        print("making", i)
        yield [i] * i
print(list(itertools.chain.from_iterable(gen())))
try:
    itertools.chain(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    itertools.chain.from_iterable()
except TypeError as e:
    print("TypeError:", e)
print(type(itertools.chain.from_iterable([])).__name__)
