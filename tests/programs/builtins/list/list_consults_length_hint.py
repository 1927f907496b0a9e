# list(iterable) takes the iterator, then asks the iterable's length hint (__len__ first,
# else __length_hint__); a TypeError from the hint is ignored, other errors propagate, and a
# hint must be a non-negative int. operator.length_hint follows the same rules.
import operator
log = []
class It:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint
    def __iter__(self):
        log.append("iter")
        return iter(range(self.n))
    def __length_hint__(self):
        log.append("hint")
        if isinstance(self.hint, type) and issubclass(self.hint, BaseException):
            raise self.hint("bad hint")
        return self.hint
print(list(It(3, 5)), log)
log.clear()
print(list(It(2, TypeError)), log)
for hint in (ValueError, -1, "x", NotImplemented):
    log.clear()
    try:
        print(list(It(2, hint)), log)
    except Exception as e:
        print(type(e).__name__, e, log)
class WithLen(It):
    def __len__(self):
        log.append("len")
        return 2
log.clear()
print(list(WithLen(2, 9)), log)
print(operator.length_hint(It(1, 7)), operator.length_hint(It(1, TypeError), 4), operator.length_hint([1, 2]))
try:
    operator.length_hint(It(1, ValueError))
except ValueError as e:
    print("ValueError", e)
class L(list):
    def __length_hint__(self):
        log.append("L hint")
        return 0
log.clear()
print(list(L([1, 2])), log)
