# xfail: not yet identical to CPython
class Weird(Exception):
    def __str__(self):
        raise ValueError("cannot stringify")

raise Weird("x")
