class C:
    def __len__(self):
        return 5

c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())

class D:
    pass
d = D()
d.__add__ = lambda o: "instance add"
try:
    d + 1
except TypeError as e:
    print(e)
D.__add__ = lambda self, o: "class add"
print(d + 1)
