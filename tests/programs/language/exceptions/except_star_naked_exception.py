try:
    raise ValueError("single")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg), eg.exceptions)

try:
    raise ExceptionGroup("g", [OSError("o")])
except* OSError as eg:
    print("caught", repr(eg))
print("done")
