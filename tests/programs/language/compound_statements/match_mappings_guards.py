def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x > 100:
            return f"right click at {x},{y}"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case _:
            return "not an event"
for e in [{"type": "click", "pos": (5, 6)}, {"type": "click", "pos": (500, 1)},
          {"type": "key", "key": "q"}, {"type": "key", "key": 5}, {"type": "x"}, 42]:
    print(handle(e))
