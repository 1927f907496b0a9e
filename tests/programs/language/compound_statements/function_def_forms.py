def simple():
    return "simple"
async def coro():
    return "coro"
def gen():
    yield "gen"
def annotated(x: int = 1, *, y: "str" = "y") -> list:
    return [x, y]
@staticmethod
def decorated():
    return "decorated"
c = coro()
print(simple(), type(c).__name__, next(gen()), annotated(), type(decorated).__name__)
c.close()
