match command.split():
    case [action]:
        run(action)
    case [action, obj]:
        run2(action, obj)
    case ["go", direction] if direction in DIRS:
        go(direction)
    case _:
        fail()
