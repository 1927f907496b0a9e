calls = []
class O:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        calls.append("get")
        return self._v
    @v.setter
    def v(self, val):
        calls.append("set")
        self._v = val
o = O()
o.v += 5
print(o.v, calls)
class L(list):
    def __getitem__(self, i):
        calls.append(("getitem", i))
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        calls.append(("setitem", i, v))
        super().__setitem__(i, v)
l = L([1, 2])
calls.clear()
l[1] *= 10
print(l, calls)
