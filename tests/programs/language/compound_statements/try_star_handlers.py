def run(excs):
    try:
        raise ExceptionGroup("g", excs)
    except* (ValueError, TypeError) as eg:
        print("value/type", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("key", len(eg.exceptions))
    else:
        print("no else expected")
    finally:
        print("finally")
run([ValueError("v"), KeyError("k"), TypeError("t")])
try:
    run([OSError("o")])
except ExceptionGroup as eg:
    print("leftover", repr(eg))
