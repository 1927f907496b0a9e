# xfail: not yet identical to CPython
def reraise():
    raise

reraise()
