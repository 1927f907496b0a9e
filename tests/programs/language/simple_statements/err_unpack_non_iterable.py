# xfail: not yet identical to CPython
def get_pair():
    return None

left, right = get_pair()
