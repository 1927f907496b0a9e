# _random.Random.__new__ ignores its arguments; __init__ seeds and refuses keywords unless a
# subclass has its own __init__.
import _random

class R(_random.Random):
    pass

class Q(_random.Random):
    def __init__(self, *a, **k):
        self.k = k

for f in [lambda: R(x=1), lambda: R(1, 2), lambda: Q(x=1).k, lambda: Q(1, 2, 3).random(),
          lambda: _random.Random.__new__(R, 1, 2, x=3).random(),
          lambda: Q().getstate()[-1], lambda: R(4).random() == _random.Random(4).random()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
