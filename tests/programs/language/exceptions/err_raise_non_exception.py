# xfail: not yet identical to CPython
class NotAnError:
    pass

raise NotAnError()
