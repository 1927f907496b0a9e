x: int = 1
y: "List[int]"
a.b: int = 2
