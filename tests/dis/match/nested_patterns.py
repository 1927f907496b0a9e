def f(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return direction
        case ["drop", *objects] if objects:
            return objects
        case {"action": [x, {"id": y}]}:
            return x, y
