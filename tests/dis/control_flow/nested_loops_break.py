def f(grid):
    for row in grid:
        for cell in row:
            if cell:
                break
        else:
            continue
        break
