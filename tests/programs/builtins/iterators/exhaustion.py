for make in (lambda: iter([1, 2]), lambda: iter("ab"), lambda: iter((1,)), lambda: iter({1: 1}), lambda: iter({1}), lambda: iter(range(2)), lambda: map(abs, [-1]), lambda: zip("a"), lambda: enumerate("a"), lambda: reversed([1]), lambda: filter(None, [1])):
    it = make()
    print(type(it).__name__, list(it), list(it), next(it, "done"))
