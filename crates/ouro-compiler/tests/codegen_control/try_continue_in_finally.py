for x in y:
    try:
        f()
    finally:
        if x:
            continue
