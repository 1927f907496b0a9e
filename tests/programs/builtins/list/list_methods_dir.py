print([n for n in dir(list) if not n.startswith("_")])
print(list.append.__name__, type(list.append).__name__, type([].append).__name__)
print(list.__len__([1, 2]), list.__getitem__([5, 6], 1), list.__contains__([1], 1), list.__add__([1], [2]), list.__mul__([1], 2))
l = [3]
list.__setitem__(l, 0, 4)
list.__delitem__(l, 0)
list.__iadd__(l, [7])
print(l)
