def f(g):
    try:
        g()
    except (KeyError, IndexError) as e:
        print(e)
    except Exception as e:
        raise RuntimeError("wrapped") from e
