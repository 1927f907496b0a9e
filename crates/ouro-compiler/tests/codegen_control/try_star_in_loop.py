for x in y:
    try:
        break
    except* E:
        g()
