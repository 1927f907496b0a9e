def p(x):
    print("eval", x)
    return x

print(p(1) + p(2) * p(3))
d = {p("k1"): p("v1"), p("k2"): p("v2")}
p("f")(p("arg")) if False else None
l = [p("a"), p("b")]
l[p(0)] = p("assigned")
def f(a, b):
    return a
f(p("first"), b=p("second"))
