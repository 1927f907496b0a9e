print([n for n in dir(set) if not n.startswith("_")])
print([n for n in dir(frozenset) if not n.startswith("_")])
print(set.__len__({1}), set.__contains__({1}, 1), type(set.add).__name__)
