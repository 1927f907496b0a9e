x: int = 1
y: str
z: list[int] = []
# xfail: not yet identical to CPython
