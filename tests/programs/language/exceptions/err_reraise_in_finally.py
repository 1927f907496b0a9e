# xfail: not yet identical to CPython
def work():
    try:
        raise ValueError("work failed")
    finally:
        print("cleanup")

work()
