# xfail: not yet identical to CPython
import itertools as it
print(list(it.chain([1, 2], "ab")))
print(list(it.accumulate([1, 2, 3, 4])))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdd")])
print(list(it.product("ab", range(2))))
print(list(it.combinations(range(4), 2)))
print(list(it.permutations("abc", 2))[:4])
print(list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.pairwise([1, 2, 4, 7])), list(it.batched(range(7), 3)))
