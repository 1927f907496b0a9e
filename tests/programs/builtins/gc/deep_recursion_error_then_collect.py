# A RecursionError deep in pickle leaves a long traceback; freeing it defers the deepest
# entries, and a collection that runs meanwhile must leave them to be freed once.
import pickle, copy, gc
l = []
for i in range(2000):
    l = [l]
try:
    pickle.dumps(l)
except RecursionError:
    print('RecursionError 1')
try:
    copy.deepcopy(l)
except RecursionError:
    print('RecursionError 2')
gc.collect()
print("collected")
