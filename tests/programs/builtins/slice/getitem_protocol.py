class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1], s[1:2], s[1:2:3], s[:], s[::], s[1:], s[:, 1], s[1:2, ::3], s[...], s["a":"b"])
print(type(s[:]).__name__, s[::-1].step)
class L:
    def __init__(self): self.d = list(range(10))
    def __getitem__(self, k):
        if isinstance(k, slice):
            return self.d[k]
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
l = L()
print(l[2:4], l[-1])
l[1:3] = "x"
del l[::2]
