items = [{"price": 1}, {"price": 2}, {"cost": 3}]
total = sum(item["price"] for item in items)
