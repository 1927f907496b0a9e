def find(items, key):
    for item in items:
        if item.get("id") == key:
            return item

records = [{"id": 1, "name": "a"}]
print(find(records, 1)["name"])
print(find(records, 2)["name"])
