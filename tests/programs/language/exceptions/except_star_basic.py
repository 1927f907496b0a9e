def run():
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as eg:
        print("values:", [e.args[0] for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", repr(eg))

try:
    run()
except ExceptionGroup as rest:
    print("rest:", repr(rest))
