for x in y:
    try:
        continue
    finally:
        g()
