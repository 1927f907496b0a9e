class Show:
    def __getitem__(self, key):
        return key

s = Show()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None], s["k"])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), list(range(10))[sl])
print(slice(3), slice(None, None, -1).indices(4))
