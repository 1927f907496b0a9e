import keyword
for s in ("x", "_", "__init__", "1a", "a1", "é", "ℕ", "℘", "a-b", "", "class", "None", "match", "_" * 3, "x\u0300", "\u0300x", "µ", "ª", "·x", "x·"):
    print(repr(s), s.isidentifier(), keyword.iskeyword(s), keyword.issoftkeyword(s))
print(len(keyword.kwlist), keyword.softkwlist)
