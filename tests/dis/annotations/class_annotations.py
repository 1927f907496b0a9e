class C:
    a: int
    b: str = "b"
    c: list[int]
# xfail: not yet identical to CPython
