try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
