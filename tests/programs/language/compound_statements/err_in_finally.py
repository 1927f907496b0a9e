def f():
    try:
        return 1
    finally:
        raise RuntimeError("error in finally")
f()
