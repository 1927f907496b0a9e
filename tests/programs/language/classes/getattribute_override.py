class Spy:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name

s = Spy()
print(s.value)
print(s.nothing)
print(hasattr(s, "method"), s.method)
