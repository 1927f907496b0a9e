s = {1, 2}
print(1 in s, 3 in s, frozenset({1}) in {frozenset({1})})
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
print({1} in {frozenset({1})}, set() in {frozenset()})
try:
    s.discard([1])
except TypeError as e:
    print(type(e).__name__, e)
s3 = {frozenset({1})}
s3.discard({1})
print(s3)
s3.add(frozenset({2}))
s3.remove({2})
print(s3)
