def step(i):
    try:
        return 10 // i
    except ZeroDivisionError as e:
        e.add_note(f"while running step {i}")
        e.add_note("check the input list")
        raise

for i in [5, 2, 0]:
    print(step(i))
