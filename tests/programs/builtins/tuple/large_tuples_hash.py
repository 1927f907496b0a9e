# xfail: not yet identical to CPython
t = tuple(range(1000))
print(len(t), sum(t), t[500], hash(t) == hash(tuple(range(1000))), hash(t))
nested = ((1, 2), (3, (4, 5)), ())
print(hash(nested), hash(((),)), hash((((),),)))
print(hash(tuple("abc")), hash((1.5, -2.25)), hash((None, True, False)))
print(tuple(range(5)) < tuple(range(6)), tuple(range(5)) == tuple(list(range(5))))
