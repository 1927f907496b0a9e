print(3 in [1, 2, 3], 3 not in (1, 2), "b" in "abc", "k" in {"k": 1}, 1 in {1.0})
class It:
    def __iter__(self):
        print("iterating")
        return iter([1, 2])
print(2 in It(), 5 in It())
print(None in [None], float("nan") in [float("nan")])
n = float("nan")
print(n in [n])
