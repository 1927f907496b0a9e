print({1, 2} == {1.0, 2.0}, {True} == {1}, {0} == {False}, {1} == [1])
print(frozenset({1}) == {1}, {1} == frozenset({1}), hash(frozenset({1.0})) == hash(frozenset({1})))
print(set.__hash__, frozenset.__hash__ is not None)
print({1, 2} - {1.0}, {"a"} & {"a", "b"} == {"a"})
