def f(items):
    out = []
    for i in items:
        try:
            out.append(int(i))
        except ValueError:
            continue
        finally:
            pass
    return out
