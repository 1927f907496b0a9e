try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b")])
except* ValueError:
    print("handled the ValueError")
