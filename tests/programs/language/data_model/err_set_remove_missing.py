seen = {"a", "b"}
seen.remove("a")
seen.remove("a")
