data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}]}
print(data["users"][0]["tags"][-1], data["users"][1]["name"].upper())
print(len(data["users"][0]["name"]), "".join(u["name"][0] for u in data["users"]))
class N:
    def __init__(self, nxt=None):
        self.next = nxt
        self.v = 0 if nxt is None else nxt.v + 1
print(N(N(N())).next.next.v, N(N()).v)
