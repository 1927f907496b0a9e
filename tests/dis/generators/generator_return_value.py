def gen():
    yield
    return 42
