def f(g):
    try:
        return g()
    finally:
        print("cleanup")
