# The Python part of ouro's built-in `_asyncio` module (run once when the module is made):
# `Future` and `Task`, the running-loop functions and the task registry that asyncio's
# futures.py, tasks.py and events.py take from the accelerator when it exists. As with
# CPython's C implementation, the frames of this code are not shown in tracebacks, so a task's
# error reads from `future.result()` straight into the failing coroutine.
# CPython: Modules/_asynciomodule.c.

import _contextvars
import sys as _sys
import weakref as _weakref

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_modules = {}


def _aio(name):
    # asyncio's submodules, imported on first use (this module is imported by them).
    mod = _modules.get(name)
    if mod is None:
        mod = _modules[name] = __import__("asyncio." + name, fromlist=["_"])
    return mod


# ----- the running loop (CPython: get_running_loop, _set_running_loop, get_event_loop) -----

_running = [None, None]


def _get_running_loop():
    loop, pid = _running
    if loop is not None:
        import os
        if pid == os.getpid():
            return loop
    return None


def _set_running_loop(loop, /):
    import os
    _running[0] = loop
    _running[1] = os.getpid()


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return _aio("events").get_event_loop_policy().get_event_loop()


# ----- the task registry -----

_scheduled_tasks = _weakref.WeakSet()
_eager_tasks = set()
_current_tasks = {}


def _register_task(task):
    _scheduled_tasks.add(task)


def _register_eager_task(task):
    _eager_tasks.add(task)


def _unregister_task(task):
    _scheduled_tasks.discard(task)


def _unregister_eager_task(task):
    _eager_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    del _current_tasks[loop]


def _swap_current_task(loop, task):
    previous = _current_tasks.get(loop)
    if task is None:
        _current_tasks.pop(loop, None)
    else:
        _current_tasks[loop] = task
    return previous


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


# ----- Future -----

class Future:
    """This class is *almost* compatible with concurrent.futures.Future.

    Differences:

    - result() and exception() do not take a timeout argument and
      raise an exception when the future isn't done yet.

    - Callbacks registered with add_done_callback() are always called
      via the event loop's call_soon_threadsafe().

    - This class is not compatible with the wait() and as_completed()
      methods in the concurrent.futures package."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_tb = False
    _done_callbacks = ()

    def __init__(self, *, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._done_callbacks = []
        if loop.get_debug() and hasattr(_sys, "_getframe"):
            self._source_traceback = _aio("format_helpers").extract_stack(_sys._getframe(1))

    __class_getitem__ = classmethod(type(list[int]))

    def __repr__(self):
        return _aio("base_futures")._future_repr(self)

    def __del__(self):
        if not self._log_tb:
            return
        context = {
            "message": f"{self.__class__.__name__} exception was never retrieved",
            "exception": self._exception,
            "future": self,
        }
        if self._source_traceback:
            context["source_traceback"] = self._source_traceback
        self._loop.call_exception_handler(context)

    @property
    def _log_traceback(self):
        return self._log_tb

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError("_log_traceback can only be set to False")
        self._log_tb = False

    @property
    def _callbacks(self):
        cbs = self._done_callbacks
        return list(cbs) if cbs else None

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        cancelled_error = _aio("exceptions").CancelledError
        if self._cancel_message is None:
            return cancelled_error()
        return cancelled_error(self._cancel_message)

    def _run_callbacks(self):
        callbacks = self._done_callbacks
        if not callbacks:
            return
        self._done_callbacks = []
        for fn, ctx in callbacks:
            self._loop.call_soon(fn, self, context=ctx)

    def cancel(self, msg=None):
        self._log_tb = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise _aio("exceptions").InvalidStateError("Result is not set.")
        self._log_tb = False
        exc = self._exception
        if exc is not None:
            raise exc.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise _aio("exceptions").InvalidStateError("Exception is not set.")
        self._log_tb = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._loop is None:
            raise RuntimeError("Future object is not initialized.")
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = _contextvars.copy_context()
            self._done_callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for (f, ctx) in self._done_callbacks if f != fn]
        removed = len(self._done_callbacks) - len(kept)
        if removed:
            self._done_callbacks[:] = kept
        return removed

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def set_result(self, result):
        if self._state != _PENDING:
            raise _aio("exceptions").InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._run_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise _aio("exceptions").InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._run_callbacks()
        self._log_tb = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__module__ = "_asyncio"


# ----- Task -----

_task_counter = [0]


class Task(Future):
    """A coroutine wrapped in a Future."""

    _log_destroy_pending = True
    _name = None
    _must_cancel = False
    _fut_waiter = None
    _coro = None
    _context = None
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        Future.__init__(self, loop=loop)
        if self._source_traceback:
            del self._source_traceback[-1]
        if not _aio("coroutines").iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            _task_counter[0] += 1
            self._name = f"Task-{_task_counter[0]}"
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = _contextvars.copy_context() if context is None else context
        if eager_start and self._loop.is_running():
            self._eager_start()
        else:
            self._loop.call_soon(self._step, context=self._context)
            _register_task(self)

    def __repr__(self):
        return _aio("base_tasks")._task_repr(self)

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            context = {"task": self, "message": "Task was destroyed but it is pending!"}
            if self._source_traceback:
                context["source_traceback"] = self._source_traceback
            self._loop.call_exception_handler(context)
        Future.__del__(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        return _aio("base_tasks")._task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        return _aio("base_tasks")._task_print_stack(self, limit, file)

    def cancel(self, msg=None):
        self._log_tb = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def _eager_start(self):
        previous = _swap_current_task(self._loop, self)
        try:
            _register_eager_task(self)
            try:
                self._context.run(self._run_step, None)
            finally:
                _unregister_eager_task(self)
        finally:
            try:
                current = _swap_current_task(self._loop, previous)
                if current is not self:
                    raise RuntimeError("the current task changed during an eager step")
            finally:
                if self._state != _PENDING:
                    self._coro = None
                else:
                    _register_task(self)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise _aio("exceptions").InvalidStateError(
                f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, _aio("exceptions").CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            self._run_step(exc)
        finally:
            _leave_task(loop, self)

    def _run_step(self, exc):
        # One step of the coroutine, and what to do with what it yielded or raised.
        coro = self._coro
        cancelled_error = _aio("exceptions").CancelledError
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except cancelled_error as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            # The traceback starts at the coroutine, as with CPython's C step.
            tb = error.__traceback__
            if tb is not None and tb.tb_frame.f_code is _RUN_STEP_CODE:
                error.__traceback__ = tb.tb_next
            Future.set_exception(self, error)
        else:
            self._handle_yield(result)

    def _later(self, exc):
        self._loop.call_soon(self._step, exc, context=self._context)

    def _handle_yield(self, result):
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if _aio("futures")._get_loop(result) is not self._loop:
                self._later(RuntimeError(
                    f"Task {self!r} got Future {result!r} attached to a different loop"))
            elif not blocking:
                self._later(RuntimeError(
                    f"yield was used instead of yield from in task {self!r} with {result!r}"))
            elif result is self:
                self._later(RuntimeError(f"Task cannot await on itself: {self!r}"))
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            self._loop.call_soon(self._step, context=self._context)
        elif isinstance(result, _GeneratorType):
            self._later(RuntimeError(
                f"yield was used instead of yield from for generator in task {self!r} "
                f"with {result!r}"))
        else:
            self._later(RuntimeError(f"Task got bad yield: {result!r}"))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


_RUN_STEP_CODE = Task._run_step.__code__


def _gen():
    yield


_GeneratorType = type(_gen())
del _gen
Task.__module__ = "_asyncio"
