import copy

class Thing:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("custom copy")
        return Thing(self.items)
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Thing(copy.deepcopy(self.items, memo))

t = Thing([1, [2]])
c = copy.copy(t)
d = copy.deepcopy(t)
print(c.items is t.items, d.items == t.items, d.items is t.items)
