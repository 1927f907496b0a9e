x = [lambda: a for a in b]
