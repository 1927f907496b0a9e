g = (a for a in b)
sum(x for x in y)
