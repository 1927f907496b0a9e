# What hash() makes of the int a __hash__ method returns: one that fits a hash is the hash
# (so an object returning hash(y) hashes as y and finds y's dict entries), -1 becomes -2, a
# bigger int is hashed as an int; a non-int is a TypeError.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in [0, 7, -1, -2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1,
          2**64 + 5, -(2**100), True, hash("key3"), hash(3.5)]:
    print(v, hash(K(v)))


class Key3:
    def __hash__(self):
        return hash("key3")

    def __eq__(self, other):
        return isinstance(other, str) and other == "key3"


k = Key3()
d = {"key1": 42, k: 44}
print(d.get("key3"), "key3" in d, d["key3"], "key3" in {k}, {k: 1} == {"key3": 1})

for bad in ["x", 1.5, None]:
    try:
        hash(K(bad))
    except TypeError as e:
        print("TypeError:", e)


class IntSub(int):
    pass


print(hash(IntSub(2**70)) == hash(2**70), hash(IntSub(-1)))
