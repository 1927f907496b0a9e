squares = (x * x for x in range(5))
print(type(squares).__name__, list(squares), list(squares))
print(sum(x for x in range(10) if x % 2))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(max(len(w) for w in "the quick brown fox".split()))
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazy error:", e)
