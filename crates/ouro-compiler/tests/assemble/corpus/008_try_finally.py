try:
    x = open(name)
finally:
    cleanup()
