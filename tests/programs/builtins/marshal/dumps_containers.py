import marshal
for v in ((), (1,), (1, 2, 3), [], [1, "a"], {}, {"k": 1}, set(), {1}, frozenset(), frozenset({2}), (("a",), ["b"]), [None] * 3, tuple(range(300))):
    print(repr(v)[:40], marshal.dumps(v).hex()[:100])
