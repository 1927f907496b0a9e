g = list[int]
print(g, type(g).__name__)
print(g.__origin__, g.__args__)
print(dict[str, list[int]])
print(tuple[int, ...])
print(g == list[int], g == list[str])
print(list[int]([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(type[int])
