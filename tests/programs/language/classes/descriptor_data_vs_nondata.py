class Data:
    def __get__(self, obj, t=None):
        return "data"
    def __set__(self, obj, v):
        print("data set", v)

class NonData:
    def __get__(self, obj, t=None):
        return "nondata"

class C:
    d = Data()
    n = NonData()

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n)
c.d = 5
print(C.d, C.n)
