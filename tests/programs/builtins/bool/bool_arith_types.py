for expr in ("True + 1", "True * 2.5", "False - True", "True / True", "True // 2", "True % 2", "True ** 10", "True << 3", "-False", "+True", "abs(-True)", "True & 3", "False | 2", "True ^ 1", "divmod(True, 2)"):
    v = eval(expr)
    print(expr, "->", repr(v), type(v).__name__)
