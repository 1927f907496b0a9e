import sys

events = []


def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((frame.f_code.co_name, event, getattr(arg, "__name__", "?")))
    elif frame.f_code.co_filename == __file__:
        events.append((frame.f_code.co_name, event))


def c_raises():
    try:
        len(5)
    except TypeError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    d = {}
    d.get(1)
    return "ok"


def meth_calls():
    s = "a,b"
    return s.split(","), "x".upper()


sys.setprofile(profiler)
c_raises()
meth_calls()
sys.setprofile(None)
for e in events:
    print(e)
