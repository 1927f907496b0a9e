ns = {}
exec("x = 1\ny = x + 1", ns)
print(ns["x"], ns["y"], eval("x * 10", ns), eval("1 + 2"))
print(eval("[i * 2 for i in range(3)]"))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
exec("def f(): return 'from exec'", ns)
print(ns["f"]())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
