import gc
print(gc.is_tracked(0), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked((1, 2)))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(None), gc.is_tracked(1.5))
t = ([],)
print(gc.is_tracked(t))
print(gc.is_finalized(C()))
