try:
    f()
finally:
    g()
