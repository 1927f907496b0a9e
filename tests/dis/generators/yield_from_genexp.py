def flatten(rows):
    for row in rows:
        yield from (cell for cell in row)
