def f(data):
    if any((hit := d) > 3 for d in data):
        return hit
    [last := d for d in data]
    return last
def g(data):
    global gg
    [gg := d for d in data]
