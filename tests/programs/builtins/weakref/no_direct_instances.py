# Weak proxies and _thread locks are made only by proxy() and allocate_lock().
import _thread, _weakref
for t in [_thread.LockType, _weakref.ProxyType, _weakref.CallableProxyType]:
    try:
        t()
    except TypeError as e:
        print(e)
