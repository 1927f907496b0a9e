# A program's sys.unraisablehook receives a sys.UnraisableHookArgs for exceptions that
# cannot be raised: a generator ignoring GeneratorExit, an error in __del__.
import sys, gc
seen = []
def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 type(u.object).__name__, type(u).__module__, len(u)))
    if type(u.object).__name__ == "function":
        seen.append(u.exc_traceback is not None)
sys.unraisablehook = hook

def f():
    try:
        yield
    except GeneratorExit:
        yield 1
g = f(); next(g); del g

class L:
    def __del__(self):
        raise ValueError("in del")
L()

class Cyc:
    def __del__(self):
        raise KeyError("cycle")
c = Cyc(); c.me = c; del c
gc.collect()
for s in seen:
    print(s)
print(hasattr(sys, "UnraisableHookArgs"))
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
