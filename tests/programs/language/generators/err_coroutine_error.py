class Step:
    def __await__(self):
        yield

async def fetch(url):
    await Step()
    raise ConnectionError(f"cannot reach {url}")

c = fetch("example.invalid")
c.send(None)
c.send(None)
