# Code run by freeing an object sees the frame that freed it: a generator that ignores
# GeneratorExit as 'del' frees it reports the error with that frame as its traceback, and
# __del__ run by 'del x' or 'x = None' finds its caller with sys._getframe(1).
import sys
def f():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def h():
    g = f(); next(g); del g
h()
class D:
    def __del__(self):
        raise ValueError("x")
def k():
    d = D()
    del d
k()
def hook(u):
    print("hook", u.exc_type, u.exc_traceback is not None, u.exc_traceback and u.exc_traceback.tb_frame.f_code.co_name, u.exc_traceback and u.exc_traceback.tb_lineno)
sys.unraisablehook = hook
h()
k()
class E:
    def __del__(self):
        f = sys._getframe(1)
        print("del called from", f.f_code.co_name, f.f_lineno)
def k():
    d = E()
    del d
    d = E()
    d = None
    x = 1
k()
