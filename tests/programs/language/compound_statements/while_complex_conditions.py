a, b = 0, 10
while a < b and b - a != 3:
    a += 1
    b -= 1
print(a, b)
queue = [3, 1, 2]
while queue:
    item = queue.pop(0)
    if item > 1:
        queue.append(item - 1)
    print("item", item, "queue", queue)
