while True:
    try:
        line = input()
    except EOFError:
        break
    if not line:
        continue
    handle(line)
