while a:
    for x in y:
        break
    else:
        break
