for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
d = {}
for d["key"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
l = [0, 0]
for l[0], *l[1:] in [(1, 2, 3)]:
    pass
print(l)
for x in range(3):
    pass
print("x after loop", x)
