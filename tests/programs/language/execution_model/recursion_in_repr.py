class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Node({self.child!r})"
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError", e)
l = [1]
l.append(l)
d = {"a": 1}
d["self"] = d
print(l, d)
