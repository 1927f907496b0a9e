# xfail: not yet identical to CPython
source = """
def helper():
    return 1 / 0
helper()
"""
exec(source)
