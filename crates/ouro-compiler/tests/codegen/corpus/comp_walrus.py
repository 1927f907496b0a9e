x = [last := a for a in b]
