@dec  # comment
# another

@dec2
async def f():
    pass
