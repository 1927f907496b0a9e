# throw() into a generator suspended in 'yield from' runs the sub-generator with the
# delegating generator's frame as its caller: sys._getframe, f_back and print_stack show both.
import sys, traceback
def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out
def f():
    try:
        yield 1
    except RuntimeError:
        print(names(sys._getframe()))
        traceback.print_stack(limit=3, file=sys.stdout)
        yield 2
def g():
    yield from f()
def caller():
    gen = g()
    next(gen)
    print(gen.throw(RuntimeError))
    print(gen.gi_frame.f_back, gen.gi_yieldfrom)
caller()
