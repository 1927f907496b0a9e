for x in y:
    break
else:
    f()
