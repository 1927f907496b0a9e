class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        pairs = [(v, w) for v in values for w in values if w > len(values)]
    except NameError as e:
        pairs = str(e)
print(C.doubled, C.pairs)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
