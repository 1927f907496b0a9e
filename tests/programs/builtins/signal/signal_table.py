# _signal: the handler table, constants and strsignal.
import _signal as s

print(s.SIGINT, s.SIGTERM, s.SIG_DFL, s.SIG_IGN, s.NSIG, s.SIGKILL, s.SIGCHLD)
print(s.getsignal(s.SIGINT) is s.default_int_handler, s.getsignal(15), s.getsignal(13))
print(s.signal(s.SIGTERM, s.SIG_IGN), s.getsignal(s.SIGTERM))
def h(n, f):
    print("handler", n, type(f).__name__ in ("frame", "NoneType"))
print(s.signal(s.SIGUSR1, h), s.getsignal(s.SIGUSR1) is h)
print(s.signal(s.SIGUSR1, s.SIG_DFL) is h)
print([s.strsignal(i) for i in (1, 2, 9, 15, 31, 32, 34, 64)])
vs = s.valid_signals()
print(type(vs).__name__, len(vs), min(vs), max(vs), 32 in vs)
print(s.set_wakeup_fd(-1))
old = s.signal(s.SIGUSR2, h)
s.raise_signal(s.SIGUSR2)
s.signal(s.SIGUSR2, old)
