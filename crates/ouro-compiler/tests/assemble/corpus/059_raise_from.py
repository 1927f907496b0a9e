try:
    g()
except KeyError as e:
    raise ValueError("bad") from e
except IndexError:
    raise
