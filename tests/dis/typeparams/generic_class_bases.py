class Base:
    pass
class Node[T](Base):
    pass
# xfail: not yet identical to CPython
