# asyncio's subprocess support: a child's output read through the event loop.
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec(
        "/bin/echo", "from", "asyncio", stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)


asyncio.run(main())
