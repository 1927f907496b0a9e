try:
    async with a:
        f()
finally:
    await g()
