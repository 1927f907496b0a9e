class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")

try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class Enter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")

try:
    with Enter():
        print("no body")
except OSError as e:
    print(e)
