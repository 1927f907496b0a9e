import sys

events = []


def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    rel = frame.f_lineno - co.co_firstlineno
    if event == "exception":
        t, v, tb = arg
        events.append((co.co_name, event, rel, t.__name__, str(v), tb is not None and tb.tb_lineno - co.co_firstlineno))
    elif event == "return":
        events.append((co.co_name, event, rel, arg))
    else:
        events.append((co.co_name, event, rel))
    return tracer


def run(fn, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        r = fn(*args)
    except Exception as e:
        r = "raised " + repr(e)
    finally:
        sys.settrace(None)
    print(fn.__name__, r)
    for e in events:
        if e[0] != "run":
            print("  ", e)


def caught():
    try:
        1 / 0
    except ZeroDivisionError as e:
        x = 1
    return x


def inner():
    raise ValueError("boom")


def middle():
    inner()
    return 1


def propagate():
    try:
        middle()
    except ValueError:
        return "caught"


def uncaught():
    middle()


def finally_clause():
    try:
        return 1
    finally:
        y = 2


def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise


def reraise_outer():
    try:
        reraise()
    except KeyError:
        pass
    return 0


def raise_from():
    try:
        inner()
    except ValueError as e:
        raise TypeError("t") from e


def stop_iteration():
    it = iter([1])
    next(it)
    try:
        next(it)
    except StopIteration:
        return "done"


run(caught)
run(propagate)
run(uncaught)
run(finally_clause)
run(reraise_outer)
run(raise_from)
run(stop_iteration)


# An exception raised in the trace function turns tracing off and propagates.
def bad_tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "victim":
        raise RuntimeError("tracer failed")
    return bad_tracer


def victim():
    a = 1
    b = 2
    return a + b


sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print("from tracer:", e)
print(sys.gettrace())
print(victim())
