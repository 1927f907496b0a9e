# faulthandler: the stack dump_traceback writes to a file's descriptor, enable/disable/
# is_enabled, and the argument checks of dump_traceback, dump_traceback_later, register and
# unregister.
import faulthandler, sys
print(faulthandler.is_enabled(), faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable())
def f(n):
    if n: return f(n - 1)
    sys.stdout.flush()
    faulthandler.dump_traceback(sys.stdout, all_threads=False)
f(2)
for bad in [lambda: faulthandler.dump_traceback(-1), lambda: faulthandler.dump_traceback(object()), lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.dump_traceback_later(-1), lambda: faulthandler.enable(file=None), lambda: faulthandler.unregister(999), lambda: faulthandler.register(9999)]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
print(faulthandler.dump_traceback_later(5), faulthandler.cancel_dump_traceback_later())
print(sorted(n for n in dir(faulthandler) if not n.startswith("_")))
