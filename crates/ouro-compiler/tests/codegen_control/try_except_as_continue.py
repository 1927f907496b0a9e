for x in y:
    try:
        f()
    except E as e:
        continue
