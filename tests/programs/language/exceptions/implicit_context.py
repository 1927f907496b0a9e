try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        raise ValueError("inner")
    finally:
        print("in finally")
except ValueError as e:
    print("caught", e, e.__context__)
