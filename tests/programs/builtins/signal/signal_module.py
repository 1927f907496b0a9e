# The signal module wraps _signal with enums.
import signal

print(signal.SIGINT, repr(signal.SIGINT), int(signal.SIGTERM))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)))
old = signal.signal(signal.SIGTERM, signal.SIG_IGN)
print(repr(old), repr(signal.getsignal(signal.SIGTERM)))
print(signal.Signals(2).name, signal.Handlers.SIG_IGN.value)
print(signal.strsignal(signal.SIGTERM))
print(sorted(signal.valid_signals())[:5])
