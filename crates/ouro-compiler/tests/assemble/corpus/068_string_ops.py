s = "a" + "b"
t = "x" * 3
u = "%s %d" % (a, 1)
v = "abc"[1]
