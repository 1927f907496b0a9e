for e in (ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), KeyError("k"), KeyError(), KeyError("a", "b"), OSError(2, "No such file"), StopIteration(5), SystemExit(3), Exception([1, 2])):
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
e.args = "abc"
print(e.args)
