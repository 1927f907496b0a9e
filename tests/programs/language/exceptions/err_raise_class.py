# xfail: not yet identical to CPython
def fail():
    raise NotImplementedError

fail()
