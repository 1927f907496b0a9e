print("%s" % "str", "%s" % [1], "%s" % {"a": 1})
try:
    "%s" % ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" % 1
except TypeError as e:
    print(type(e).__name__, e)
print("x" % (), "x" % {}, "x" % [])
try:
    "x" % "y"
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % ((1, 2),), "%r" % ((),))
