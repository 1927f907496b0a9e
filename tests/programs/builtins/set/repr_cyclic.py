# A set met again inside its own repr prints as Name(...), with the class name.
class Wrapper:
    def __repr__(self):
        return repr(self.value)


class S(set):
    pass


class F(frozenset):
    pass


for kind in (set, frozenset, S, F):
    w = Wrapper()
    s = kind([w])
    w.value = s
    print(repr(s))
print(repr(S()), repr(F()), repr(S([1])), repr(F([2])))
inner = Wrapper()
outer = {inner}
inner.value = [outer, frozenset([outer and 1])]
print(repr(outer))
