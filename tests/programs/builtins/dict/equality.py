print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1}, {} == {}, {1: 2} != {1: 3})
print({1: [1]} == {1: [1]}, {"a": 1}.items() == {("a", 1)})
try:
    {1: 1} < {1: 1}
except TypeError as e:
    print(type(e).__name__, e)
n = float("nan")
print({1: n} == {1: n}, {n: 1} == {n: 1}, {float("nan"): 1} == {float("nan"): 1})
