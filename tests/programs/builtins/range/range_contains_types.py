r = range(0, 20, 3)
for v in (3, 4, 3.0, 3.5, True, -3, 18, 21, "3", None, 2**70):
    print(repr(v), v in r)
class I:
    def __index__(self): return 6
    def __eq__(self, o): return o == 6
print(I() in r)
print(r.count(3.0), r.count(True), range(1, 3).count(True))
