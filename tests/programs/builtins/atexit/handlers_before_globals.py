# At exit the atexit handlers run first, then module globals are released (their __del__
# runs), names with one leading underscore first.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


plain = Noisy("plain")
_private = Noisy("_private")
another = Noisy("another")
atexit.register(lambda: print("atexit handler, plain is", plain.name))
print("main done")
