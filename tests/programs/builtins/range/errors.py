for args in [(), (1, 2, 3, 4), (1, 2, 0), (1.5,), ("1",), (1, 2.0)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class Ix:
    def __index__(self): return 4
print(range(Ix()), list(range(Ix())))
