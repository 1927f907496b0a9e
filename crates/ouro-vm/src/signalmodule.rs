//! The `_signal` module, enough for `signal`, `subprocess` and `asyncio`: Linux's signal
//! numbers, `SIG_DFL`/`SIG_IGN`, and a table of Python-level handlers that `signal()` and
//! `getsignal()` keep (SIGINT starts with `default_int_handler`, SIGPIPE and SIGXFSZ ignored,
//! as CPython sets them at start-up). No operating-system handler is installed: `raise_signal`
//! runs the Python handler directly. CPython: Modules/signalmodule.c.

use std::cell::{Cell, RefCell};

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::int::as_int;
use crate::objects::module::ModuleData;
use crate::vm::{PyErr, PyResult, Vm};

/// `NSIG`: one more than the highest signal number.
const NSIG: i64 = 65;
const SIGINT: i64 = 2;
const SIGKILL: i64 = 9;
const SIGSTOP: i64 = 19;

const CONSTANTS: &[(&str, i64)] = &[
    ("ITIMER_PROF", 2),
    ("ITIMER_REAL", 0),
    ("ITIMER_VIRTUAL", 1),
    ("NSIG", NSIG),
    ("SIGABRT", 6),
    ("SIGALRM", 14),
    ("SIGBUS", 7),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGFPE", 8),
    ("SIGHUP", 1),
    ("SIGILL", 4),
    ("SIGINT", SIGINT),
    ("SIGIO", 29),
    ("SIGIOT", 6),
    ("SIGKILL", SIGKILL),
    ("SIGPIPE", 13),
    ("SIGPOLL", 29),
    ("SIGPROF", 27),
    ("SIGPWR", 30),
    ("SIGQUIT", 3),
    ("SIGRTMAX", 64),
    ("SIGRTMIN", 34),
    ("SIGSEGV", 11),
    ("SIGSTKFLT", 16),
    ("SIGSTOP", SIGSTOP),
    ("SIGSYS", 31),
    ("SIGTERM", 15),
    ("SIGTRAP", 5),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGUSR1", 10),
    ("SIGUSR2", 12),
    ("SIGVTALRM", 26),
    ("SIGWINCH", 28),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIG_BLOCK", 0),
    ("SIG_DFL", 0),
    ("SIG_IGN", 1),
    ("SIG_SETMASK", 2),
    ("SIG_UNBLOCK", 1),
];

/// The descriptions glibc's `strsignal` gives signals 1 to 31.
const DESCRIPTIONS: [&str; 31] = [
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
];

thread_local! {
    /// The Python-level handler of each signal number (None: not installed from Python).
    static HANDLERS: RefCell<Vec<Option<Value>>> = const { RefCell::new(Vec::new()) };
    static WAKEUP_FD: Cell<i64> = const { Cell::new(-1) };
}

/// Whether `n` is a signal the system has (glibc reserves 32 and 33).
fn is_valid(n: i64) -> bool {
    (1..NSIG).contains(&n) && n != 32 && n != 33
}

fn signum_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = match as_int(v) {
        Some(i) => i.to_i64().unwrap_or(i64::MAX),
        None => vm.index_to_isize(v)? as i64,
    };
    if !(1..NSIG).contains(&n) {
        return Err(vm.new_value_error("signal number out of range"));
    }
    Ok(n)
}

fn einval(vm: &Vm) -> PyErr {
    vm.new_exception(
        vm.types.exc.os_error,
        vec![vm.new_int(22), vm.new_str("Invalid argument")],
    )
}

fn check_args(vm: &Vm, name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("_signal.{name}() takes no keyword arguments")));
    }
    if args.len() != n {
        return Err(vm.new_type_error(if n == 0 {
            format!("_signal.{name}() takes no arguments ({} given)", args.len())
        } else if n == 1 {
            format!(
                "_signal.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(())
}

/// The handler table entry of `n`.
fn handler_of(n: i64) -> Option<Value> {
    HANDLERS.with(|h| h.borrow().get(n as usize).cloned().flatten())
}

fn ensure_table(vm: &Vm, module: &Value) {
    let filled = HANDLERS.with(|h| !h.borrow().is_empty());
    if filled {
        return;
    }
    let mut table: Vec<Option<Value>> = (0..NSIG)
        .map(|n| is_valid(n).then(|| vm.new_int(0)))
        .collect();
    table[13] = Some(vm.new_int(1));
    table[25] = Some(vm.new_int(1));
    if let Some(md) = module.downcast::<ModuleData>() {
        table[SIGINT as usize] = md.dict.get_str(&vm.intern("default_int_handler"));
    }
    HANDLERS.with(|h| *h.borrow_mut() = table);
}

/// `signal.default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_exception(vm.types.exc.keyboard_interrupt, Vec::new()))
}

/// `signal.getsignal(signalnum)`.
fn getsignal(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "getsignal", args, kw, 1)?;
    let n = signum_arg(vm, &args[0])?;
    Ok(handler_of(n).unwrap_or_else(|| vm.none.clone()))
}

/// `signal.signal(signalnum, handler)`: records the handler, returns the previous one.
fn signal(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "signal", args, kw, 2)?;
    let n = signum_arg(vm, &args[0])?;
    let h = &args[1];
    // Only exact ints name SIG_DFL and SIG_IGN (CPython: compare_handler).
    let is_dfl_ign = std::ptr::eq(h.class(), vm.types.int)
        && as_int(h).is_some_and(|i| matches!(i.to_i64(), Some(0) | Some(1)));
    if !is_dfl_ign && !crate::weakrefobject::is_callable(vm, h) {
        return Err(vm.new_type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    if n == SIGKILL || n == SIGSTOP || !is_valid(n) {
        return Err(einval(vm));
    }
    let old = HANDLERS.with(|t| {
        t.borrow_mut()
            .get_mut(n as usize)
            .map(|slot| slot.replace(h.clone()))
    });
    Ok(old.flatten().unwrap_or_else(|| vm.none.clone()))
}

/// `signal.raise_signal(signalnum)`: runs the Python handler of the signal; the default
/// action of a terminating signal cannot be taken without OS signals.
fn raise_signal(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "raise_signal", args, kw, 1)?;
    let n = signum_arg(vm, &args[0])?;
    if !is_valid(n) {
        return Err(einval(vm));
    }
    let Some(h) = handler_of(n) else {
        return Ok(vm.none.clone());
    };
    match as_int(&h).and_then(|i| i.to_i64()) {
        Some(1) => Ok(vm.none.clone()),
        Some(_) => {
            // SIG_DFL: these signals are ignored by default; the others would end the process.
            if matches!(n, 17 | 18 | 23 | 28) {
                Ok(vm.none.clone())
            } else {
                Err(vm.new_exception(
                    vm.types.exc.os_error,
                    vec![vm.new_int(38), vm.new_str("Function not implemented")],
                ))
            }
        }
        None => {
            vm.call(&h, &[vm.new_int(n), vm.none.clone()], &[])?;
            Ok(vm.none.clone())
        }
    }
}

/// `signal.strsignal(signalnum)`: the system's description, None when it has none.
fn strsignal(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "strsignal", args, kw, 1)?;
    let n = signum_arg(vm, &args[0])?;
    Ok(match n {
        1..=31 => vm.new_str(DESCRIPTIONS[(n - 1) as usize]),
        34..=64 => vm.new_string(format!("Real-time signal {}", n - 34)),
        _ => vm.none.clone(),
    })
}

/// `signal.valid_signals()`: the set of signal numbers the system has.
fn valid_signals(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "valid_signals", args, kw, 0)?;
    let items = (1..NSIG)
        .filter(|n| is_valid(*n))
        .map(|n| vm.new_int(n))
        .collect();
    crate::ops::new_set(vm, items)
}

/// `signal.set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)`: records the fd and returns the
/// previous one (-1 at first).
fn set_wakeup_fd(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos != 1 {
        return Err(vm.new_type_error(format!(
            "set_wakeup_fd() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let fd = match as_int(&args[0]) {
        Some(i) => i.to_i64().unwrap_or(i64::MAX),
        None => vm.index_to_isize(&args[0])? as i64,
    };
    Ok(vm.new_int(WAKEUP_FD.with(|w| w.replace(fd))))
}

/// `signal.siginterrupt(signalnum, flag)`: accepted and ignored (no OS handlers).
fn siginterrupt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "siginterrupt", args, kw, 2)?;
    let n = signum_arg(vm, &args[0])?;
    if !is_valid(n) {
        return Err(einval(vm));
    }
    Ok(vm.none.clone())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("default_int_handler", default_int_handler),
    ("getsignal", getsignal),
    ("raise_signal", raise_signal),
    ("set_wakeup_fd", set_wakeup_fd),
    ("siginterrupt", siginterrupt),
    ("signal", signal),
    ("strsignal", strsignal),
    ("valid_signals", valid_signals),
];

/// Makes the `_signal` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_signal");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        for (name, v) in CONSTANTS {
            d.set_str(vm, &vm.intern(name), vm.new_int(*v));
        }
        d.set_str(
            vm,
            &vm.names.__doc__,
            vm.new_str("This module provides mechanisms to use signal handlers in Python."),
        );
    }
    ensure_table(vm, &m);
    m
}
