class Singleton(type):
    instances = {}
    def __call__(cls, *args):
        if cls not in Singleton.instances:
            print("creating", cls.__name__, args)
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name)
