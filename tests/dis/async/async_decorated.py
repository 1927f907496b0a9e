import functools
@functools.wraps(print)
async def f():
    return 1
# xfail: not yet identical to CPython
