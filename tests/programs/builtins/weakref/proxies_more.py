# Proxies forward conversions, iteration and sequence operations, and answer isinstance through
# the referent's __class__.
import _weakref
class N:
    def __init__(self, v): self.v = v
    def __abs__(self): return 42
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __iter__(self): return self
    def __next__(self):
        self.v -= 1
        if self.v < 0: raise StopIteration
        return self.v
    def __reversed__(self): return iter([9, 8])
n = N(3)
p = _weakref.proxy(n)
print(isinstance(p, N), p.__class__ is N, type(p) is N)
print(abs(p), int(p), float(p), [1, 2, 3, 4][p], list(reversed(p)))
print(next(p), list(p))
print(p.__dict__)
x = [1]
try:
    _weakref.proxy(x)
except TypeError as e:
    print(e)
class L(list): pass
l = L([3, 1, 2])
pl = _weakref.proxy(l)
pl.sort()
print(pl, len(pl), pl[0], pl + [5], 2 in pl, pl * 2)
pl += [7]
print(l, pl == [1, 2, 3, 7], pl < [9])
