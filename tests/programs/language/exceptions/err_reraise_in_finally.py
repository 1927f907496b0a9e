def work():
    try:
        raise ValueError("work failed")
    finally:
        print("cleanup")

work()
