n = float("nan")
a = [n]
print(a == a, a == [n], [float("nan")] == [float("nan")], n in a, a.count(n), a.index(n))
class Weird:
    def __eq__(self, o): return False
w = Weird()
print([w] == [w], w in [w], [w].count(w), [w].index(w))
class AlwaysEq:
    def __eq__(self, o): return True
print([1, 2, 3].index(AlwaysEq()), AlwaysEq() in [5], [1, 2].count(AlwaysEq()))
