if a == 1:
    r = "one"
elif a == 2:
    r = "two"
elif a == 3:
    r = "three"
elif a in (4, 5):
    r = "few"
else:
    r = "many"
