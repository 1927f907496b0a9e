class Sparse:
    def __init__(self):
        self.data = {}
    def __getitem__(self, i):
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return max(self.data, default=-1) + 1

s = Sparse()
s[5] = "five"
s[2] = "two"
print(s[5], s[3], len(s))
del s[5]
print(len(s), s.data)
try:
    del s[100]
except KeyError as e:
    print("KeyError", e)
