def setup():
    global config, cache
    config = {}
    cache = []
# xfail: not yet identical to CPython
