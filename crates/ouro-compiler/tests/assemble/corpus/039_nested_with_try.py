with lock:
    try:
        with open(f) as fh:
            data = fh.read()
    except OSError:
        data = None
