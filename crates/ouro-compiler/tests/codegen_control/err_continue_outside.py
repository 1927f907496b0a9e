if a:
    continue
