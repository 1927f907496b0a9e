def f(rows):
    return [c for row in rows for c in row]
