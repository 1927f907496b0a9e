for x in y:
    try:
        f(x)
    except StopIteration:
        break
else:
    g()
