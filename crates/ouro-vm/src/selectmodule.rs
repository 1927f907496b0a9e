//! The `select` module: `select()`, `poll` objects and `epoll` objects (what `selectors` and
//! `asyncio` need). CPython: Modules/selectmodule.c. The argument checking and the objects are
//! Python source (`selectmodule_prelude.py`, run when the module is made) over the system calls
//! below, which take plain descriptor numbers; the calls themselves are `fileutils.rs`'s.

use crate::fileutils;
use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::module::ModuleData;
use crate::vm::{PyErr, PyResult, Vm};

/// Python part of the module.
const PRELUDE: &str = include_str!("selectmodule_prelude.py");

/// A failed system call as the OSError of its errno.
pub fn os_error(vm: &Vm, e: &std::io::Error) -> PyErr {
    crate::exceptions_attrs::os_error_from_io(vm, e, None)
}

/// Positional argument `i` as an integer (the prelude passes only ints).
pub fn int_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        Some(v) => Ok(vm.index_to_isize(v)? as i64),
        None => Err(vm.new_type_error("missing argument")),
    }
}

/// Positional argument `i` as a descriptor number.
pub fn fd_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<i32> {
    i32::try_from(int_arg(vm, args, i)?)
        .map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))
}

/// A list of descriptor numbers.
fn fd_list(vm: &Vm, v: &Value) -> PyResult<Vec<i32>> {
    vm.collect(v)?
        .iter()
        .map(|x| {
            i32::try_from(vm.index_to_isize(x)?)
                .map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))
        })
        .collect()
}

fn index_list(vm: &Vm, ix: Vec<usize>) -> Value {
    vm.new_list(ix.into_iter().map(|i| vm.new_int(i as i64)).collect())
}

/// `_select(rfds, wfds, xfds, timeout_us)` (timeout -1: none): the indices of the ready
/// descriptors in each list. CPython: select_select_impl.
fn s_select(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 4 {
        return Err(vm.new_type_error("_select takes 4 arguments"));
    }
    let (r, w, x) = (
        fd_list(vm, &args[0])?,
        fd_list(vm, &args[1])?,
        fd_list(vm, &args[2])?,
    );
    let t = int_arg(vm, args, 3)?;
    let timeout = (t >= 0).then_some(t);
    loop {
        match fileutils::select(&r, &w, &x, timeout) {
            Ok((a, b, c)) => {
                return Ok(vm.new_tuple(vec![
                    index_list(vm, a),
                    index_list(vm, b),
                    index_list(vm, c),
                ]))
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(os_error(vm, &e)),
        }
    }
}

/// `_poll(fds, events, timeout_ms)`: the (fd, revents) pairs of the ready descriptors.
fn s_poll(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.new_type_error("_poll takes 3 arguments"));
    }
    let fds = fd_list(vm, &args[0])?;
    let events = fd_list(vm, &args[1])?;
    let timeout = int_arg(vm, args, 2)?.clamp(-1, i32::MAX as i64) as i32;
    let mut p: Vec<fileutils::PollFd> = fds
        .iter()
        .zip(&events)
        .map(|(&fd, &ev)| fileutils::PollFd {
            fd,
            events: ev as i16,
            revents: 0,
        })
        .collect();
    loop {
        match fileutils::poll(&mut p, timeout) {
            Ok(_) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(os_error(vm, &e)),
        }
    }
    let out = p
        .iter()
        .filter(|x| x.revents != 0)
        .map(|x| {
            vm.new_tuple(vec![
                vm.new_int(x.fd as i64),
                vm.new_int(x.revents as u16 as i64),
            ])
        })
        .collect();
    Ok(vm.new_list(out))
}

/// `_epoll_create()`: a new epoll descriptor.
fn s_epoll_create(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fileutils::epoll_create().map_err(|e| os_error(vm, &e))?;
    Ok(vm.new_int(fd as i64))
}

/// `_epoll_ctl(epfd, op, fd, events)`.
fn s_epoll_ctl(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let epfd = fd_arg(vm, args, 0)?;
    let op = fd_arg(vm, args, 1)?;
    let fd = fd_arg(vm, args, 2)?;
    let events = int_arg(vm, args, 3)? as u32;
    fileutils::epoll_ctl(epfd, op, fd, events).map_err(|e| os_error(vm, &e))?;
    Ok(vm.none.clone())
}

/// `_epoll_wait(epfd, maxevents, timeout_ms)`: a list of (fd, events) pairs.
fn s_epoll_wait(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let epfd = fd_arg(vm, args, 0)?;
    let max = int_arg(vm, args, 1)?.max(1) as usize;
    let timeout = int_arg(vm, args, 2)?.clamp(-1, i32::MAX as i64) as i32;
    let evs = loop {
        match fileutils::epoll_wait(epfd, max, timeout) {
            Ok(v) => break v,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(os_error(vm, &e)),
        }
    };
    Ok(vm.new_list(
        evs.into_iter()
            .map(|(fd, ev)| vm.new_tuple(vec![vm.new_int(fd as i64), vm.new_int(ev as i64)]))
            .collect(),
    ))
}

thread_local! {
    /// The prelude's `select()` and `poll()`, which the built-in functions of the same names
    /// call (built-in functions, unlike Python ones, do not bind as methods when a class holds
    /// them, as `selectors.SelectSelector._select` does).
    static IMPLS: std::cell::RefCell<[Option<Value>; 2]> = const { std::cell::RefCell::new([None, None]) };
}

fn call_impl(vm: &Vm, which: usize, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = IMPLS.with(|i| i.borrow()[which].clone());
    match f {
        Some(f) => vm.call(&f, args, kw),
        None => Err(vm.new_runtime_error("select module is not initialized")),
    }
}

/// `select(rlist, wlist, xlist, timeout=None)`.
fn s_select_entry(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    call_impl(vm, 0, args, kw)
}

/// `poll()`: a new poll object.
fn s_poll_entry(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    call_impl(vm, 1, args, kw)
}

/// `_close(fd)`.
fn s_close(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    fileutils::close(fd).map_err(|e| os_error(vm, &e))?;
    Ok(vm.none.clone())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_close", s_close),
    ("_epoll_create", s_epoll_create),
    ("_epoll_ctl", s_epoll_ctl),
    ("_epoll_wait", s_epoll_wait),
    ("_poll", s_poll),
    ("_select", s_select),
];

const CONSTANTS: &[(&str, i64)] = &[
    ("EPOLLERR", 8),
    ("EPOLLET", 2147483648),
    ("EPOLLEXCLUSIVE", 268435456),
    ("EPOLLHUP", 16),
    ("EPOLLIN", 1),
    ("EPOLLMSG", 1024),
    ("EPOLLONESHOT", 1073741824),
    ("EPOLLOUT", 4),
    ("EPOLLPRI", 2),
    ("EPOLLRDBAND", 128),
    ("EPOLLRDHUP", 8192),
    ("EPOLLRDNORM", 64),
    ("EPOLLWRBAND", 512),
    ("EPOLLWRNORM", 256),
    ("EPOLL_CLOEXEC", 524288),
    ("PIPE_BUF", 4096),
    ("POLLERR", 8),
    ("POLLHUP", 16),
    ("POLLIN", 1),
    ("POLLMSG", 1024),
    ("POLLNVAL", 32),
    ("POLLOUT", 4),
    ("POLLPRI", 2),
    ("POLLRDBAND", 128),
    ("POLLRDHUP", 8192),
    ("POLLRDNORM", 64),
    ("POLLWRBAND", 512),
    ("POLLWRNORM", 256),
];

/// Makes the `select` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "select");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        for (name, v) in CONSTANTS {
            d.set_str(vm, &vm.intern(name), vm.new_int(*v));
        }
        d.set_str(vm, &vm.intern("error"), vm.types.exc.os_error.to_value());
        crate::posixmodule::run_prelude(vm, &d, PRELUDE, "<ouro:select>");
        for (i, (name, f)) in [
            ("select", s_select_entry as NativeFn),
            ("poll", s_poll_entry),
        ]
        .into_iter()
        .enumerate()
        {
            let key = vm.intern(name);
            let old = d.get_str(&key);
            IMPLS.with(|s| s.borrow_mut()[i] = old);
            let entry = crate::objects::builtin::new_module_function(vm, name, f, Some(m.clone()));
            d.set_str(vm, &key, entry);
        }
    }
    m
}
