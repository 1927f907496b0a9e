class Pair:
    __slots__ = ("first", "second")

p = Pair()
p.first = 1
p.third = 3
