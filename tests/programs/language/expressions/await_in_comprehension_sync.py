async def agen():
    for i in range(3):
        yield i

async def main():
    a = [x * 2 async for x in agen()]
    b = {x: x async for x in agen() if x}
    return a, b

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
