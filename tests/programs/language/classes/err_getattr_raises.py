class Config:
    def __init__(self, data):
        self._data = data
    def __getattr__(self, name):
        return self._data[name]

c = Config({"host": "x"})
print(c.host)
print(c.port)
