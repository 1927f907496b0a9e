for x in y:
    try:
        with a:
            break
    finally:
        g()
