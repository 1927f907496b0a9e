# GenericAlias equality, hashing and use as dict keys.
print(list[int] == list[int], list[int] == list[str], list[int] != list[int])
print(list[int] == list, list == list[int], list[int] == tuple[int])
print(dict[str, int] == dict[str, int], dict[str, int] == dict[int, str])
print(hash(list[int]) == hash(list[int]))
print(hash(list[int]) == hash(list) ^ hash((int,)))
d = {list[int]: "li", dict[str, int]: "dsi"}
print(d[list[int]], d[dict[str, int]])
print(len({list[int], list[int], list[str]}))
print(list[int] is list[int])
try:
    list[int] < list[int]
except TypeError as e:
    print(type(e).__name__, e)
