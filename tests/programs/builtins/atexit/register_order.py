# atexit handlers run last registered first, with their arguments, after the main module.
import atexit


def show(*args, **kwargs):
    print("handler", args, kwargs)


print(atexit.register(show, 1, 2, key="v") is show)
atexit.register(show, "second")


@atexit.register
def third():
    print("third registered, first to run")


print(atexit._ncallbacks())
print("main done")
