while cond():
    if stop():
        break
else:
    finished()
