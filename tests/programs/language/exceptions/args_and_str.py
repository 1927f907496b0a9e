e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(KeyError("a", "b")))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(7)
print(m, m.code, m.args, repr(m))
