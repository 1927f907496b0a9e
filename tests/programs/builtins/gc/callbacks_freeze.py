import gc
events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events[0][0], events[1][0], events[0][1])
print(type(gc.get_stats()).__name__, len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL, gc.get_debug())
