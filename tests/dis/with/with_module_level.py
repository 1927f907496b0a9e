import contextlib
with contextlib.suppress(KeyError):
    x = {}["a"]
