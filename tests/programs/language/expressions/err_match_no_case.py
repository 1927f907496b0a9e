def handle(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["stop"]:
            return "stopping"
    raise ValueError(f"unknown command: {cmd!r}")

print(handle("go north"))
print(handle("stop"))
print(handle("dance wildly"))
