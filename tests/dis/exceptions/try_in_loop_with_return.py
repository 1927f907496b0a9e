def f(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            continue
    return None
