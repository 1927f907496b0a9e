def f(lock, data):
    with lock:
        return data.copy()
