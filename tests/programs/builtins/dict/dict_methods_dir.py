print([n for n in dir(dict) if not n.startswith("_")])
print(dict.__len__({1: 2}), dict.__getitem__({1: 2}, 1), dict.__contains__({1: 2}, 1), dict.get({1: 2}, 3, "d"))
print(type({}.keys()).__name__, type(dict.keys).__name__, type(dict.fromkeys).__name__)
