try:
    import json
except ImportError:
    json = None
# xfail: not yet identical to CPython
