s = {a for a in b}
d = {k: v for k, v in items}
d2 = {k: 1 for k in b}
