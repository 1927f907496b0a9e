import operator as op
print(op.add(1, 2), op.mul("a", 3), op.neg(5), op.not_(0), op.truth([1]))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3))
print(op.methodcaller("upper")("x"), op.contains([1], 1), op.getitem({"k": 2}, "k"))
l = [1, 2]
op.iadd(l, [3])
print(l, op.index(7), op.concat([1], [2]))
