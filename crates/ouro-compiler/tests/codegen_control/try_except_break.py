for x in y:
    try:
        f()
    except E:
        break
