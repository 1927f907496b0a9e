# set() and frozenset() refuse keyword arguments, also through a subclass, unless the subclass
# has its own __init__ (frozenset); argument-count errors name the class.
class S(set):
    pass


class F(frozenset):
    pass


class FI(frozenset):
    def __init__(self, *args, **kwargs):
        self.kw = kwargs


class SI(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg)
        self.newarg = newarg


for cls in (set, S, frozenset, F, FI):
    try:
        r = cls(sequence=())
        print(cls.__name__, "ok", r)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
u = SI([1, 2], newarg=3)
print(type(u).__name__, sorted(u), u.newarg)
print(set.__new__(S, x=1))
for call in (lambda: S.__init__(S(), x=1), lambda: frozenset.__new__(F, x=1),
             lambda: S(1, 2), lambda: F(1, 2), lambda: set(1, 2), lambda: frozenset(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
