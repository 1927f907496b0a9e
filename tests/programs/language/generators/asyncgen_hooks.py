import sys
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
seen = []
def firstiter(g):
    print("firstiter", g.__name__)
    seen.append(g)
def finalizer(g):
    print("finalizer", g.__name__)
    run(g.aclose())
old = sys.get_asyncgen_hooks()
print(old[0], old[1])
sys.set_asyncgen_hooks(firstiter, finalizer=finalizer)
print(sys.get_asyncgen_hooks()[0] is firstiter, sys.get_asyncgen_hooks()[1] is finalizer)
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print("ag finally")
g = ag()
print(run(g.__anext__()))
print(run(g.__anext__()))
del seen[:]
del g
print("after del")
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
async def ag2():
    yield 1
run(ag2().__anext__())
print("no hooks")
