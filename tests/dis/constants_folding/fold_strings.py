s = "ab" * 3
t = "a" + "b"
u = b"x" * 4
