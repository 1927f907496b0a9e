class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def main():
    async with ACM() as r:
        print("using", r)
        async for v in AIter(3):
            print("item", v)
    return [x async for x in AIter(2)]

c = main()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
