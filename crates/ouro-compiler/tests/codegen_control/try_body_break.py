while a:
    try:
        break
    except E:
        pass
