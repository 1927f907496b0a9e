# _thread locks and re-entrant locks in a program that runs one thread.
import _thread

lock = _thread.allocate_lock()
print(type(lock), type(lock) is _thread.LockType, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)

r = _thread.RLock()
print(type(r), r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    print(repr(r).startswith("<locked _thread.RLock object owner="))
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9, isinstance(_thread.get_ident(), int))
print(_thread._count(), _thread.stack_size())
