from collections import ChainMap
import types
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
mp = types.MappingProxyType({"x": 1})
print(mp["x"], len(mp), list(mp.items()), mp.get("y", 0))
try:
    mp["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(mp | {"z": 3}, type(mp | {"z": 3}).__name__, mp.copy())
