s = "abc"
print(s + "def", s * 2, 2 * s, s[1] * 3, "b" in s, s < "abd", s == "abc")
print("%s-%s" % ("a", "b"), "%(x)s" % {"x": "named"}, "%5.1f|" % 2.345, "%03d" % 7)
print("{0:>5}|{0:<5}|{0:^5}|".format("x"), "{:=+6}".format(42))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
