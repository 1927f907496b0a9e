def f():
    try:
        pass
    except ValueError as e:
        return e
    finally:
        h = 1
    try:
        pass
    except* TypeError as g:
        pass
