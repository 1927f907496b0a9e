class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2

c = C()
print(vars(c))
c.__dict__["c"] = 3
print(c.c)
print("cls_attr" in vars(C), "a" in vars(C))
print(sorted(n for n in dir(c) if not n.startswith("__")))
