class Suspend:
    def __await__(self):
        yield "suspended"

async def task():
    try:
        await Suspend()
    except ValueError as e:
        print("task caught", e)
        await Suspend()
    finally:
        print("task finally")

c = task()
print(c.send(None))
print(c.throw(ValueError("x")))
c.close()
c2 = task()
c2.close()
print("done")
