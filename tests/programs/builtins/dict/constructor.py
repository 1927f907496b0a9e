print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))), dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
for bad in ([1, 2], [("a",)], [("a", 1, 2)], 5, ["ab", "cde"]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class M:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
print(dict(M()))
print(dict([["l", 1]]), dict(["xy"]))
