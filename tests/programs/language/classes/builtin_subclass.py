class MyList(list):
    def total(self):
        return sum(self)

class MyDict(dict):
    def __missing__(self, key):
        return f"missing:{key}"

class MyStr(str):
    def shout(self):
        return self.upper() + "!"

m = MyList([1, 2, 3])
m.append(4)
print(m.total(), m, type(m + [5]).__name__)
d = MyDict(a=1)
print(d["a"], d["zz"], "zz" in d)
print(MyStr("hey").shout(), MyStr("a") + "b", type(MyStr("a") + "b").__name__)
