try:
    try:
        f()
    finally:
        g()
finally:
    h()
