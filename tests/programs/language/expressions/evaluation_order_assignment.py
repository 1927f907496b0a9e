def p(x):
    print("eval", x)
    return x
class O:
    pass
o = O()
o.a = o.b = p("value")
x, y = p(1), p(2)
x, y = y, x
print(x, y)
i = 0
l = [0, 0]
i, l[i] = 1, 9
print(l)
