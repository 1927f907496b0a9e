class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Record:
    title = Field()
    size = Field()

r = Record()
print(r.title)
r.title = "T"
print(r.title, r.size, Record.title.name)
