if a in b:
    pass
if a not in b:
    pass
r = a is not b
q = not a in b
