# asyncio streams: an echo server on the loopback interface and a client talking to it.
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(host, port)
    for word in (b"alpha\n", b"beta\n"):
        writer.write(word)
        await writer.drain()
        print(await reader.readline())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    r, w = await asyncio.open_connection(sock=__import__("socket").socketpair()[0])
    w.close()
    await w.wait_closed()
    print("done")


asyncio.run(main())
