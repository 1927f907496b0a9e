import sys

events = []


def tracer(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    rel = frame.f_lineno - co.co_firstlineno
    if event == "return":
        events.append((co.co_name, event, rel, arg))
    else:
        events.append((co.co_name, event, rel))
    return tracer


def run(fn, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        r = fn(*args)
    finally:
        sys.settrace(None)
    print(fn.__name__, r)
    for e in events:
        if e[0] not in ("run",):
            print("  ", e)


def simple(x):
    y = x + 1
    return y * 2


def for_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def one_line_while(n):
    while n: n -= 1
    return n


def while_loop(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
    else:
        i = -i
    return i


def if_else(x):
    if x > 0:
        s = "pos"
    elif x < 0:
        s = "neg"
    else:
        s = "zero"
    return s


def nested_calls(n):
    a = simple(n)
    b = for_loop(a)
    return a + b


def comprehension(n):
    xs = [i * 2 for i in range(n)]
    d = {i: i for i in range(2)}
    return sum(xs) + len(d)


def multi_line_expr(a, b):
    r = max(
        a,
        b,
    )
    return r


def break_loop(xs):
    for x in xs:
        if x > 2:
            break
        x += 1
    return x


def with_stmt():
    class CM:
        def __enter__(self):
            return 1

        def __exit__(self, *a):
            return False

    with CM() as v:
        v += 1
    return v


def lambda_call():
    f = lambda x: x * 3
    return f(2)


run(simple, 3)
run(for_loop, 3)
run(one_line_while, 3)
run(while_loop, 3)
run(if_else, 1)
run(if_else, -1)
run(if_else, 0)
run(nested_calls, 1)
run(comprehension, 2)
run(multi_line_expr, 1, 2)
run(break_loop, [1, 2, 3, 4])
run(with_stmt)
run(lambda_call)
print(sys.gettrace())
