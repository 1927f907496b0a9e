key = lambda item: item[1]
items.sort(key=key)
