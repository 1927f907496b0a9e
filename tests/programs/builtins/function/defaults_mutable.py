def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2), app(3, []), app(4))
def ts(x, d={}):
    d[x] = len(d)
    return d
print(ts("a"), ts("b"))
def kwdefault(*, k=[]):
    k.append(1)
    return len(k)
print(kwdefault(), kwdefault(), kwdefault.__kwdefaults__)
