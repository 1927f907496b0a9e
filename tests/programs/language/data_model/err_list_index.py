items = ["a", "b"]
items.pop()
items.pop()
items.pop()
