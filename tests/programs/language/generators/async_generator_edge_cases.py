class S:
    def __await__(self):
        yield "s"
def run(aw):
    try:
        while True:
            print("  out:", aw.send(None))
    except StopIteration as e:
        return e.value
async def ag():
    try:
        await S()
        yield 1
    finally:
        print("finally")
g = ag()
print(run(g.aclose()))
print(g.ag_frame is None)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("SAI after aclose")
g = ag()
try:
    run(g.athrow(ValueError("x")))
except ValueError as e:
    print("ValueError", e)
g = ag()
try:
    g.asend(5).send(None)
except TypeError as e:
    print("TypeError", e)
g = ag()
a1 = g.__anext__()
print(a1.send(None))
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a1.send(None)
except StopIteration as e:
    print("value", e.value)
print(run(g.aclose()))
a3 = g.athrow(KeyError)
try:
    a3.send(None)
except StopAsyncIteration:
    print("SAI")
except StopIteration:
    print("SI")
async def awaits_in_finally():
    try:
        yield 1
    finally:
        await S()
        print("finally done")
g = awaits_in_finally()
run(g.__anext__())
c = g.aclose()
print(c.send(None))
try:
    c.send(None)
except StopIteration:
    print("closed")
g = awaits_in_finally()
run(g.__anext__())
try:
    g.athrow(ValueError).throw(KeyError)
except KeyError:
    print("KeyError out")
print(g.ag_frame is None)
x = ag().__anext__()
x.close()
try:
    x.send(None)
except RuntimeError as e:
    print(e)
