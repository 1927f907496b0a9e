from contextlib import contextmanager, suppress

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name
    except KeyError as e:
        print("handled", e)
    finally:
        print("</" + name + ">")

with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("kk")
with suppress(ZeroDivisionError, ValueError):
    1 / 0
print("after suppress")
try:
    with tag("c"):
        raise IndexError("ii")
except IndexError as e:
    print("outside caught", e)
