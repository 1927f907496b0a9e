//! The `_socket` module under `socket.py`: the `socket` type (stream and datagram sockets by
//! descriptor, blocking, non-blocking or with a timeout), `socketpair`, the address families
//! AF_INET, AF_INET6 and AF_UNIX, byte-order and address-text helpers, and the Linux
//! constants. CPython: Modules/socketmodule.c. The socket class and the argument checking are
//! Python source (`socketmodule_prelude.py`, run when the module is made) over the
//! descriptor-level calls below; the system calls themselves are `fileutils.rs`'s.

use crate::fileutils::{self, SockAddr};
use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::module::ModuleData;
use crate::selectmodule::{fd_arg, int_arg, os_error};
use crate::vm::{PyResult, Vm};

/// Python part of the module.
const PRELUDE: &str = include_str!("socketmodule_prelude.py");

fn io_result<T>(vm: &Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, &e))
}

/// Calls `f` again while it fails with EINTR (PEP 475).
fn retry<T>(mut f: impl FnMut() -> std::io::Result<T>) -> std::io::Result<T> {
    loop {
        match f() {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

fn bytes_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    args.get(i)
        .and_then(crate::bytesmethods::bytes_like)
        .ok_or_else(|| vm.new_type_error("a bytes-like object is required"))
}

/// An address as the prelude hands it over: `(family, data...)` tuples of ints and bytes.
fn addr_arg(vm: &Vm, v: &Value) -> PyResult<SockAddr> {
    let items = vm.collect(v)?;
    let family = items
        .first()
        .map(|f| vm.index_to_isize(f))
        .transpose()?
        .unwrap_or(-1) as i32;
    let int_at = |i: usize| -> PyResult<i64> {
        match items.get(i) {
            Some(x) => Ok(vm.index_to_isize(x)? as i64),
            None => Ok(0),
        }
    };
    let bytes_at = |i: usize| -> Vec<u8> {
        items
            .get(i)
            .and_then(crate::bytesmethods::bytes_like)
            .unwrap_or_default()
    };
    Ok(match family {
        2 => {
            let b = bytes_at(1);
            let mut ip = [0u8; 4];
            if b.len() == 4 {
                ip.copy_from_slice(&b);
            }
            SockAddr::V4(ip, int_at(2)? as u16)
        }
        10 => {
            let b = bytes_at(1);
            let mut ip = [0u8; 16];
            if b.len() == 16 {
                ip.copy_from_slice(&b);
            }
            SockAddr::V6(ip, int_at(2)? as u16, int_at(3)? as u32, int_at(4)? as u32)
        }
        1 => SockAddr::Unix(bytes_at(1)),
        f => SockAddr::Other(f),
    })
}

/// An address as a tuple `(family, data...)` the prelude turns into CPython's forms.
fn addr_value(vm: &Vm, a: &SockAddr) -> Value {
    let b = |x: &[u8]| crate::ops::new_bytes(vm, x.to_vec());
    match a {
        SockAddr::V4(ip, port) => {
            vm.new_tuple(vec![vm.new_int(2), b(ip), vm.new_int(*port as i64)])
        }
        SockAddr::V6(ip, port, flow, scope) => vm.new_tuple(vec![
            vm.new_int(10),
            b(ip),
            vm.new_int(*port as i64),
            vm.new_int(*flow as i64),
            vm.new_int(*scope as i64),
        ]),
        SockAddr::Unix(p) => vm.new_tuple(vec![vm.new_int(1), b(p)]),
        SockAddr::Other(f) => vm.new_tuple(vec![vm.new_int(*f as i64)]),
    }
}

fn ok_none(vm: &Vm, r: std::io::Result<()>) -> PyResult<Value> {
    io_result(vm, r)?;
    Ok(vm.none.clone())
}

fn s_socket(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (f, t, p) = (
        fd_arg(vm, args, 0)?,
        fd_arg(vm, args, 1)?,
        fd_arg(vm, args, 2)?,
    );
    let fd = io_result(vm, fileutils::socket(f, t, p))?;
    Ok(vm.new_int(fd as i64))
}

fn s_socketpair(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (f, t, p) = (
        fd_arg(vm, args, 0)?,
        fd_arg(vm, args, 1)?,
        fd_arg(vm, args, 2)?,
    );
    let (a, b) = io_result(vm, fileutils::socketpair(f, t, p))?;
    Ok(vm.new_tuple(vec![vm.new_int(a as i64), vm.new_int(b as i64)]))
}

fn s_close(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    match fileutils::close(fd) {
        // CPython ignores ECONNRESET from close (sock_close).
        Err(e) if e.raw_os_error() == Some(104) => Ok(vm.none.clone()),
        r => ok_none(vm, r),
    }
}

fn s_dup(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = io_result(vm, fileutils::dup(fd_arg(vm, args, 0)?))?;
    Ok(vm.new_int(fd as i64))
}

fn s_set_blocking(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let b = int_arg(vm, args, 1)? != 0;
    ok_none(vm, fileutils::set_blocking(fd, b))
}

fn s_set_inheritable(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let b = int_arg(vm, args, 1)? != 0;
    ok_none(vm, fileutils::set_inheritable(fd, b))
}

fn s_get_inheritable(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = io_result(vm, fileutils::get_inheritable(fd_arg(vm, args, 0)?))?;
    Ok(vm.new_bool(b))
}

/// `_wait(fd, writing, timeout_ms)`: whether the socket became ready before the timeout.
/// CPython: socketmodule.c internal_select.
fn s_wait(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let writing = int_arg(vm, args, 1)? != 0;
    let ms = int_arg(vm, args, 2)?.clamp(-1, i32::MAX as i64) as i32;
    let events = if writing { 4 } else { 1 };
    let mut p = [fileutils::PollFd {
        fd,
        events,
        revents: 0,
    }];
    let n = io_result(vm, retry(|| fileutils::poll(&mut p, ms)))?;
    Ok(vm.new_bool(n > 0))
}

fn s_recv(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let n = int_arg(vm, args, 1)?.max(0) as usize;
    let flags = fd_arg(vm, args, 2)?;
    let data = io_result(vm, retry(|| fileutils::recv(fd, n, flags)))?;
    Ok(crate::ops::new_bytes(vm, data))
}

fn s_send(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let data = bytes_arg(vm, args, 1)?;
    let flags = fd_arg(vm, args, 2)?;
    let n = io_result(vm, retry(|| fileutils::send(fd, &data, flags)))?;
    Ok(vm.new_int(n as i64))
}

fn s_recvfrom(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let n = int_arg(vm, args, 1)?.max(0) as usize;
    let flags = fd_arg(vm, args, 2)?;
    let (data, addr) = io_result(vm, retry(|| fileutils::recvfrom(fd, n, flags)))?;
    let addr = match addr {
        SockAddr::Other(0) => vm.none.clone(),
        a => addr_value(vm, &a),
    };
    Ok(vm.new_tuple(vec![crate::ops::new_bytes(vm, data), addr]))
}

fn s_sendto(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let data = bytes_arg(vm, args, 1)?;
    let flags = fd_arg(vm, args, 2)?;
    let a = addr_arg(vm, args.get(3).unwrap_or(&vm.none))?;
    let n = io_result(vm, retry(|| fileutils::sendto(fd, &data, flags, &a)))?;
    Ok(vm.new_int(n as i64))
}

fn s_shutdown(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    ok_none(vm, fileutils::shutdown(fd, fd_arg(vm, args, 1)?))
}

/// `_getsockopt(fd, level, name, buflen)`: an int when `buflen` is 0, else bytes.
fn s_getsockopt(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let (level, name) = (fd_arg(vm, args, 1)?, fd_arg(vm, args, 2)?);
    let buflen = int_arg(vm, args, 3)?;
    if buflen == 0 {
        let v = io_result(vm, fileutils::getsockopt_int(fd, level, name))?;
        return Ok(vm.new_int(v as i64));
    }
    let b = io_result(
        vm,
        fileutils::getsockopt_bytes(fd, level, name, buflen as usize),
    )?;
    Ok(crate::ops::new_bytes(vm, b))
}

fn s_setsockopt(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let (level, name) = (fd_arg(vm, args, 1)?, fd_arg(vm, args, 2)?);
    let data = bytes_arg(vm, args, 3)?;
    ok_none(vm, fileutils::setsockopt_bytes(fd, level, name, &data))
}

fn s_getsockname(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = io_result(vm, fileutils::getsockname(fd_arg(vm, args, 0)?))?;
    Ok(addr_value(vm, &a))
}

fn s_getpeername(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = io_result(vm, fileutils::getpeername(fd_arg(vm, args, 0)?))?;
    Ok(addr_value(vm, &a))
}

fn s_bind(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let a = addr_arg(vm, args.get(1).unwrap_or(&vm.none))?;
    ok_none(vm, fileutils::bind(fd, &a))
}

/// `_connect(fd, addr)`: 0, or the errno of a failed connect (EINPROGRESS...) for the prelude
/// to judge, as CPython's internal_connect does.
fn s_connect(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let a = addr_arg(vm, args.get(1).unwrap_or(&vm.none))?;
    match fileutils::connect(fd, &a) {
        Ok(()) => Ok(vm.new_int(0)),
        Err(e) => Ok(vm.new_int(e.raw_os_error().unwrap_or(5) as i64)),
    }
}

fn s_listen(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    ok_none(vm, fileutils::listen(fd, fd_arg(vm, args, 1)?))
}

fn s_accept(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0)?;
    let (n, a) = io_result(vm, retry(|| fileutils::accept(fd)))?;
    Ok(vm.new_tuple(vec![vm.new_int(n as i64), addr_value(vm, &a)]))
}

fn s_gethostname(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = io_result(vm, fileutils::gethostname())?;
    Ok(vm.new_string(String::from_utf8_lossy(&b).into_owned()))
}

/// `_strerror(code)`: the C library's message for an errno.
fn s_strerror(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let code = fd_arg(vm, args, 0)?;
    Ok(vm.new_string(crate::posixmodule::strerror_text(code)))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_accept", s_accept),
    ("_bind", s_bind),
    ("_close", s_close),
    ("_connect", s_connect),
    ("_dup", s_dup),
    ("_get_inheritable", s_get_inheritable),
    ("_gethostname", s_gethostname),
    ("_getpeername", s_getpeername),
    ("_getsockname", s_getsockname),
    ("_getsockopt", s_getsockopt),
    ("_listen", s_listen),
    ("_recv", s_recv),
    ("_recvfrom", s_recvfrom),
    ("_send", s_send),
    ("_sendto", s_sendto),
    ("_set_blocking", s_set_blocking),
    ("_set_inheritable", s_set_inheritable),
    ("_setsockopt", s_setsockopt),
    ("_shutdown", s_shutdown),
    ("_socket", s_socket),
    ("_socketpair", s_socketpair),
    ("_strerror", s_strerror),
    ("_wait", s_wait),
];

/// The module's integer constants (Linux x86-64 values, as python3.12's `_socket` has them).
const CONSTANTS: &str = include_str!("socketmodule_constants.txt");

/// Makes the `_socket` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_socket");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        for line in CONSTANTS.lines() {
            if let Some((name, v)) = line.split_once('=') {
                if let Ok(n) = v.trim().parse::<i64>() {
                    d.set_str(vm, &vm.intern(name.trim()), vm.new_int(n));
                }
            }
        }
        d.set_str(vm, &vm.intern("error"), vm.types.exc.os_error.to_value());
        d.set_str(
            vm,
            &vm.intern("timeout"),
            vm.types.exc.timeout_error.to_value(),
        );
        crate::posixmodule::run_prelude(vm, &d, PRELUDE, "<ouro:_socket>");
    }
    m
}
