scores = {"a": 1, "b": 2}
for name in scores:
    scores[name + "!"] = 0
