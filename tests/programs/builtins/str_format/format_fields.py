class P:
    x = 3
    items = ["i0", "i1"]
p = P()
print("{0.x} {0.items[1]} {p.items[0]}".format(p, p=p))
print("{0[a]} {0[1]} {0[-1]}".format({"a": 1, 1: 2, "-1": 3}))
print("{:{}}".format("z", 3) + "|", "{0:{1}{2}}".format(5, "<", 4) + "|")
print("{0!r:^10}".format("s"), "{0!s:.1}".format("abc"))
print("{}".format(("tuple",)), "{}{}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0}{1}{0}".format("x", "y"), "{:%}".format(0.25), "{:,}".format(10**9))
