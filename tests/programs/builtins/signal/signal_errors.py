# _signal errors.
import _signal as s

def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

show(lambda: s.getsignal(0))
show(lambda: s.getsignal(65))
show(lambda: s.getsignal("a"))
show(lambda: s.signal(9, s.SIG_IGN))
show(lambda: s.signal(19, 0))
show(lambda: s.signal(32, 0))
show(lambda: s.signal(2, 5))
show(lambda: s.signal(99, 1))
show(lambda: s.strsignal(0))
show(lambda: s.default_int_handler(2, None))
show(lambda: s.signal(s.SIGUSR1, True))
show(lambda: s.signal(s.SIGUSR1, 1.0))
show(lambda: s.signal(s.SIGUSR1, s.SIG_IGN))
show(lambda: s.getsignal(s.SIGUSR1))
show(lambda: s.signal(s.SIGUSR1, s.SIG_DFL))
