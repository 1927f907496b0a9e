import pickle

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

data = {"n": [1, 2.5, "s", None, True], "t": (1, 2), "p": Point(1, 2), "big": 2 ** 100}
blob = pickle.dumps(data)
back = pickle.loads(blob)
print(back == data, back["p"].x, type(back["t"]).__name__)
print(pickle.loads(pickle.dumps({1, 2, 3})))
