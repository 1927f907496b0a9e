_count = 0
print("counter module loaded")


def hits():
    global _count
    _count += 1
    return _count
