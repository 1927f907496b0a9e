class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def use():
    r = Res("local")
    print("using", r.name)

use()
a = Res("a")
b = a
del a
print("a deleted, b alive")
b = None
lst = [Res("in list")]
lst.clear()
print("end")
