from contextlib import contextmanager, ExitStack
@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
with ExitStack() as stack:
    names = [stack.enter_context(opened(n)) for n in "abc"]
    print(names)
    stack.callback(print, "callback registered last runs first")
