import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 2], max)))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.compress("abcdef", [1, 0, 1])), list(it.filterfalse(None, [0, 1, 2])), list(it.starmap(pow, [(2, 3)])), list(it.zip_longest("ab", "c", fillvalue="-")))
print(list(it.pairwise("abcd")), list(it.batched("abcdefg", 3)), [list(t) for t in it.tee("ab", 2)])
