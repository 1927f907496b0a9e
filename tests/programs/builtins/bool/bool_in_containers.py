d = {True: "t", 1: "one", 1.0: "float"}
print(d, len(d))
s = {False, 0, 0.0, 0j}
print(s, len(s))
print([True, False].index(0), [0, 1].index(True), (True,).count(1), True in {1: 0})
print(sum([True] * 10), max([False, True]), sorted([True, False, True]))
print(list(map(bool, [0, 1, "", "x", [], [0]])), list(filter(bool, [0, 1, 2, ""])))
