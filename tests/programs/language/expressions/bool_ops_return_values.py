print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], "" and 1)
print([] or {} or "x", not not "a", (0 or None) is None)
values = [0, "", None, "first truthy", 5]
r = None
for v in values:
    r = r or v
print(r)
