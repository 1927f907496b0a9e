def setup():
    global config, cache
    config = {}
    cache = []
