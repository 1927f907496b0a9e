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
try:
    import nothing
except ImportError:
    def alt(): return 1
else:
    def alt(): return 2
