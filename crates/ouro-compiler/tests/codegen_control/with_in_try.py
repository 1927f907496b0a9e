try:
    with a:
        f()
finally:
    g()
