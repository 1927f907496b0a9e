import functools
@functools.wraps(print)
async def f():
    return 1
