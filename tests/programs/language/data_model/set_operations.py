a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a <= {1, 2, 3, 4, 5}, {1} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
a.add(10); a.discard(1); a.remove(2)
print(a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
print(sorted(frozenset([3, 1, 2])), frozenset() == set(), {frozenset({1}): "x"})
print(set("hello") == {"h", "e", "l", "o"}, len({1, 1.0, True}))
