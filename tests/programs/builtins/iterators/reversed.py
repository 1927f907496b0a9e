print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self): return iter("custom")
print(list(reversed(Rev())))
for bad in ({1, 2}, 5, iter([1]), (x for x in [])):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(r.__length_hint__(), next(r), r.__length_hint__())
