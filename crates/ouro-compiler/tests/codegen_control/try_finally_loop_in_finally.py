try:
    f()
finally:
    for x in y:
        break
