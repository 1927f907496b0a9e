class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.code, e.args, isinstance(e, Exception))
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit("x")))
class WeirdInit(Exception):
    def __init__(self):
        pass
w = WeirdInit()
print(repr(w), w.args)
class Sub(KeyError): pass
try:
    raise Sub("q")
except LookupError as e:
    print(type(e).__name__, e)
