for e in (15, 16, 17, 21, 22, 100, 300):
    v = 10.0 ** e
    print(e, repr(v), str(v), format(v), format(v, "g"), "%s" % v)
for e in (-4, -5, -6, -7, -300, -320):
    v = 10.0 ** e
    print(e, repr(v), format(v), format(v, "g"), "%r" % v)
