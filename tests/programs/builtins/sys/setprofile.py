import sys

events = []


def profiler(frame, event, arg):
    co = frame.f_code
    if event.startswith("c_"):
        events.append((co.co_name, event, getattr(arg, "__name__", "?")))
    elif co.co_filename == __file__:
        if event == "return":
            events.append((co.co_name, event, frame.f_lineno - co.co_firstlineno, arg))
        else:
            events.append((co.co_name, event, frame.f_lineno - co.co_firstlineno))
    return "ignored"


def run(fn, *args):
    events.clear()
    sys.setprofile(profiler)
    try:
        r = fn(*args)
    except Exception as e:
        r = "raised " + repr(e)
    finally:
        sys.setprofile(None)
    print(fn.__name__, r)
    for e in events:
        if e[0] != "run":
            print("  ", e)


def helper(x):
    return x * 2


def calls():
    a = len([1, 2, 3])
    b = helper(a)
    c = abs(-b)
    xs = []
    xs.append(c)
    return sorted(xs, key=helper)


def raising():
    try:
        int("x")
    except ValueError:
        pass
    return divmod(7, 2)


def gen():
    yield 1
    yield 2


def use_gen():
    return list(gen())


def kw_call():
    return sorted([3, 1], reverse=True)


def uncaught():
    helper(None)


run(calls)
run(raising)
run(use_gen)
run(kw_call)
run(uncaught)
print(sys.getprofile())


def bad_profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "helper":
        raise RuntimeError("profiler failed")


sys.setprofile(bad_profiler)
try:
    helper(1)
except RuntimeError as e:
    print("from profiler:", e)
print(sys.getprofile())
