src = """
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
"""
ns = {}
exec(src, ns)
print(ns["p"], ns["Point"].__module__, ns["Point"].__qualname__)
ns2 = {"__name__": "custom_mod"}
exec(src, ns2)
print(ns2["Point"].__module__)
exec("def add(a, b):\n    return a + b", ns)
print(ns["add"](2, 3), ns["add"].__module__ if hasattr(ns["add"], "__module__") else None)
