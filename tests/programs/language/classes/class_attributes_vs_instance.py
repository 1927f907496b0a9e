class C:
    shared = []
    count = 0
    def __init__(self):
        self.own = []
        C.count += 1

x, y = C(), C()
x.shared.append(1)
x.own.append(2)
print(y.shared, y.own, C.count)
x.count = 99
print(x.count, y.count, C.count)
del x.count
print(x.count)
print(sorted(k for k in vars(x)))
