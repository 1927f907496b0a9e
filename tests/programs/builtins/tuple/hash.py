for t in ((), (1,), (1, 2), (1, (2, 3)), ("a", "b"), (1.5, None, True), ((),), (-1,), (2**64, -2**64)):
    print(repr(t), hash(t))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1.0, 2.0)))
