for x in y:
    try:
        try:
            if x:
                break
        finally:
            f()
    finally:
        g()
