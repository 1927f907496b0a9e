def make(name, size, colour):
    return {"name": name, "size": size, "colour": colour}

config = {"name": "box", "size": 3}
item = make(
    config["name"],
    config["size"],
    config["colour"],
)
