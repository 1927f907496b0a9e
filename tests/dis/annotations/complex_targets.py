class C:
    pass
c = C()
d = {}
c.attr: int = 1
d["k"]: str = "v"
(paren): int = 2
