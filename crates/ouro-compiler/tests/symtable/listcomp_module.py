xs = [1, 2]
a = [x for x in xs]
b = {x for x in xs}
c = {x: y for x, y in xs}
