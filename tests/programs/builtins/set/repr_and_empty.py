print(set(), frozenset(), {1}, frozenset({1}), repr(set()), str({()}))
class S(set): pass
class F(frozenset): pass
print(S([1, 2]), F([3]), S(), F())
print(type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
s = set()
print(s == set(), s is not set(), len(s), bool(s), bool({0}))
