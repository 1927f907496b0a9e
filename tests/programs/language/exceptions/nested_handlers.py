def level(n):
    try:
        if n == 0:
            raise ValueError("deep")
        level(n - 1)
    except TypeError:
        print("never")
    finally:
        print("unwind", n)

try:
    level(3)
except ValueError as e:
    print("top", e)
