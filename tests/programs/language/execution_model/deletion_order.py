class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def scope():
    a = Tracked("a")
    b = Tracked("b")
    print("leaving scope")
scope()
x = Tracked("x")
x = Tracked("y")
print("rebinding done")
lst = [Tracked("l1"), Tracked("l2")]
del lst
print("list deleted")
