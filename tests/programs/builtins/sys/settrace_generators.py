import sys

events = []


def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    rel = frame.f_lineno - co.co_firstlineno
    if event in ("return", "exception"):
        if event == "exception":
            arg = arg[0].__name__
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


def gen(n):
    for i in range(n):
        yield i * 10
    return "end"


def consume():
    out = []
    for v in gen(2):
        out.append(v)
    return out


def manual():
    g = gen(1)
    a = next(g)
    try:
        next(g)
    except StopIteration as e:
        return (a, e.value)


def closer():
    g = gen(5)
    next(g)
    g.close()
    return "closed"


def delegating():
    yield from gen(2)


def use_delegating():
    return list(delegating())


def gen_expr():
    return sum(x for x in range(3))


def thrower():
    g = gen(3)
    next(g)
    try:
        g.throw(KeyError("x"))
    except KeyError:
        return "thrown"


run(consume)
run(manual)
run(closer)
run(use_delegating)
run(gen_expr)
run(thrower)
