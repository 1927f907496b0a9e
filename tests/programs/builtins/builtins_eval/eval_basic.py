print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("  3  "), eval("\t4"))
print(eval("[i for i in range(3)]"), eval("lambda: 5")(), eval(b"7 * 6"))
g = {"a": 1}
eval("a", g)
print(sorted(g.keys()), "__builtins__" in g)
for src in ("1 +", "x = 1", "", "import os"):
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
