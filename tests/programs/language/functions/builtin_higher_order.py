# xfail: not yet identical to CPython
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max(["apple", "fig", "banana"], key=len), min([3, 1, 2], default=0))
print(min([], default="empty"))
print(list(zip("abc", range(5))))
print(list(enumerate("xyz", start=1)))
print(any(x > 3 for x in range(5)), all([]))
p = functools.partial(int, base=2)
print(p("1011"), p.keywords)
