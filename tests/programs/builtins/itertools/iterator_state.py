# itertools: state after exhaustion, negative repeat counts, nested islices, float counts.
import itertools as it
print(repr(it.repeat(1, times=-1)), repr(it.repeat(1, -1)), list(it.repeat(1, times=-5)))
print(list(it.islice(it.islice(it.count(), 2, None), 3, 6)))
c = it.count(0.1, 0.1)
print([next(c) for _ in range(4)])
print(list(it.accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=9)))
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
print(list(g1), list(g1))
r = it.repeat(1, 2)
print(list(r), list(r), r)
print(list(it.chain.from_iterable(it.repeat("ab", 2))), it.cycle('ab').__iter__().__next__())
x = it.tee([1, 2, 3], 2)[0]
print(list(x), type(x))
def g():
    yield 1
    raise ValueError('boom')
for f in (it.chain, it.cycle, lambda i: it.batched(i, 2), it.pairwise, lambda i: it.islice(i, 5),
          lambda i: it.tee(i)[0], lambda i: it.zip_longest(i, 'ab')):
    try:
        print(list(f(g())))
    except ValueError as e:
        print("ValueError:", e)
p = it.product('ab', repeat=2)
print(list(p), list(p))
for big in [lambda: it.repeat(1, 2**70), lambda: it.tee([1], 2**70), lambda: it.product(repeat=2**70),
            lambda: it.combinations('ab', 2**70), lambda: it.batched('a', 2**70)]:
    try:
        big()
    except OverflowError as e:
        print("OverflowError:", e)
