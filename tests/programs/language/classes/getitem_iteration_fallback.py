class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Seq()))
print(2 in Seq(), 4 in Seq(), 9 in Seq())
a, b, c, d = Seq()
print(a, b, c, d)
it = iter(Seq())
print(type(it).__name__, next(it))

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
