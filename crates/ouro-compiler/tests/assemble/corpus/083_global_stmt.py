def setter(v):
    global G
    G = v
