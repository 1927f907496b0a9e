while a:
    try:
        break
    finally:
        g()
