print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), "ab".join(["1", "2", "3"]))
print("".join(str(i) for i in range(10)), ", ".join({"k1": 1, "k2": 2}))
print("x".join(iter(["p", "q"])))
for bad in ([1, 2], ["a", None], ["a", b"b"], 5):
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
r = "".join([S("only")])
print(r, type(r).__name__)
