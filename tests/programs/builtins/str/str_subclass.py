class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(s, repr(s), s.shout(), type(s + "x").__name__, type(s.upper()).__name__, type(s[0]).__name__, type(str(s)).__name__)
print(s == "hi", hash(s) == hash("hi"), isinstance(s, str), {"hi": 1}[s])
class R(str):
    def __repr__(self): return "R!"
    def __str__(self): return "R-str"
r = R("val")
print(repr(r), str(r), r + "", f"{r}", "%s" % r, format(r), [r])
class E(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(E("a") == "b", "b" == E("a"), "b" in [E("a")])
