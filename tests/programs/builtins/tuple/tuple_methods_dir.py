print([n for n in dir(tuple) if not n.startswith("_")])
print(tuple.__len__((1, 2)), tuple.__getitem__((5, 6), -1), tuple.__add__((1,), (2,)), tuple.__contains__((1,), 1))
print(type(tuple.__getitem__).__name__, tuple.index.__name__)
print((1, 2).__getnewargs__(), (1, 2).__class__)
