//! Safe wrappers over the operating system calls that `select`, `_socket`, `_posixsubprocess`
//! and `posix.waitpid` need and that Rust's standard library does not offer (descriptor
//! readiness, sockets by number, process status). This is the one module of the VM that calls
//! C through `libc`: every wrapper takes and returns plain values (numbers, slices, vectors),
//! checks its arguments before the call, and reports a failure as the call's `errno` in a
//! `std::io::Error`. CPython counterpart: Python/fileutils.c (the OS helpers the modules share)
//! and the system calls of Modules/selectmodule.c, socketmodule.c, _posixsubprocess.c.

use std::ffi::CString;
use std::io;

/// The `errno` of the last failed call, as an error.
fn last_error() -> io::Error {
    io::Error::last_os_error()
}

/// A return value of -1 as the call's error.
fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r == -1 {
        Err(last_error())
    } else {
        Ok(r)
    }
}

/// A byte count of -1 as the call's error.
fn check_size(r: libc::ssize_t) -> io::Result<usize> {
    if r < 0 {
        Err(last_error())
    } else {
        Ok(r as usize)
    }
}

/// Closes descriptor `fd`. CPython: fileutils.c _Py_close_impl.
pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: close takes a number; an invalid one only fails with EBADF.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

/// A duplicate of `fd` (close-on-exec). CPython: fileutils.c _Py_dup.
pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) takes numbers only.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

/// Whether `fd` is in blocking mode. CPython: fileutils.c _Py_get_blocking.
pub fn get_blocking(fd: i32) -> io::Result<bool> {
    // SAFETY: fcntl(F_GETFL) takes numbers only.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(flags & libc::O_NONBLOCK == 0)
}

/// Puts `fd` in blocking or non-blocking mode. CPython: fileutils.c _Py_set_blocking.
pub fn set_blocking(fd: i32, blocking: bool) -> io::Result<()> {
    // SAFETY: fcntl(F_GETFL) takes numbers only.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    if new != flags {
        // SAFETY: fcntl(F_SETFL) takes numbers only.
        check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) })?;
    }
    Ok(())
}

/// Whether `fd` is inherited by child processes (close-on-exec clear).
pub fn get_inheritable(fd: i32) -> io::Result<bool> {
    // SAFETY: fcntl(F_GETFD) takes numbers only.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    Ok(flags & libc::FD_CLOEXEC == 0)
}

/// Sets or clears close-on-exec on `fd`. CPython: fileutils.c set_inheritable.
pub fn set_inheritable(fd: i32, inheritable: bool) -> io::Result<()> {
    // SAFETY: fcntl(F_GETFD) takes numbers only.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let new = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    if new != flags {
        // SAFETY: fcntl(F_SETFD) takes numbers only.
        check(unsafe { libc::fcntl(fd, libc::F_SETFD, new) })?;
    }
    Ok(())
}

/// Reads up to `n` bytes from `fd`.
pub fn read(fd: i32, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: the buffer is valid for `n` bytes and outlives the call.
    let got = check_size(unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) })?;
    buf.truncate(got);
    Ok(buf)
}

/// Writes `data` to `fd`, returning how many bytes were written.
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    // SAFETY: the slice is valid for its length during the call.
    check_size(unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })
}

// ----- select, poll, epoll -----

/// `select()` over three descriptor lists; returns the indices (into each list) of the ready
/// descriptors. `timeout` is in microseconds, `None` to wait for ever. Every descriptor must be
/// in `0..FD_SETSIZE` (the caller checks; others are refused here with EINVAL).
/// CPython: selectmodule.c select_select_impl.
pub fn select(
    r: &[i32],
    w: &[i32],
    x: &[i32],
    timeout_us: Option<i64>,
) -> io::Result<(Vec<usize>, Vec<usize>, Vec<usize>)> {
    let limit = libc::FD_SETSIZE as i32;
    if r.iter().chain(w).chain(x).any(|&fd| fd < 0 || fd >= limit) {
        return Err(io::Error::from_raw_os_error(libc::EINVAL));
    }
    fn fill(fds: &[i32]) -> libc::fd_set {
        // SAFETY: fd_set is plain bits; all-zero is a valid (empty) set.
        let mut set: libc::fd_set = unsafe { std::mem::zeroed() };
        for &fd in fds {
            // SAFETY: `fd` was checked to be in 0..FD_SETSIZE and `set` is a live fd_set.
            unsafe { libc::FD_SET(fd, &mut set) };
        }
        set
    }
    fn ready(fds: &[i32], set: &libc::fd_set) -> Vec<usize> {
        fds.iter()
            .enumerate()
            // SAFETY: `fd` was checked to be in 0..FD_SETSIZE and `set` is a live fd_set.
            .filter(|(_, &fd)| unsafe { libc::FD_ISSET(fd, set) })
            .map(|(i, _)| i)
            .collect()
    }
    let (mut rs, mut ws, mut xs) = (fill(r), fill(w), fill(x));
    let nfds = r.iter().chain(w).chain(x).max().map_or(0, |m| m + 1);
    let mut tv = timeout_us.map(|us| libc::timeval {
        tv_sec: (us / 1_000_000) as libc::time_t,
        tv_usec: (us % 1_000_000) as libc::suseconds_t,
    });
    let tvp = match tv.as_mut() {
        Some(t) => t as *mut libc::timeval,
        None => std::ptr::null_mut(),
    };
    // SAFETY: the three sets and the timeval (or null) are live locals for the whole call.
    check(unsafe { libc::select(nfds, &mut rs, &mut ws, &mut xs, tvp) })?;
    Ok((ready(r, &rs), ready(w, &ws), ready(x, &xs)))
}

/// One entry of a `poll()` call: the descriptor, the events asked for, the events returned.
#[derive(Clone, Copy, Debug)]
pub struct PollFd {
    pub fd: i32,
    pub events: i16,
    pub revents: i16,
}

/// `poll()`: fills each entry's `revents`; returns how many are ready. `timeout_ms` < 0 waits
/// for ever. CPython: selectmodule.c select_poll_poll_impl.
pub fn poll(fds: &mut [PollFd], timeout_ms: i32) -> io::Result<usize> {
    let mut raw: Vec<libc::pollfd> = fds
        .iter()
        .map(|p| libc::pollfd {
            fd: p.fd,
            events: p.events,
            revents: 0,
        })
        .collect();
    // SAFETY: `raw` holds exactly `raw.len()` pollfd entries for the whole call.
    let n = check(unsafe { libc::poll(raw.as_mut_ptr(), raw.len() as libc::nfds_t, timeout_ms) })?;
    for (p, r) in fds.iter_mut().zip(&raw) {
        p.revents = r.revents;
    }
    Ok(n as usize)
}

/// A new epoll descriptor (close-on-exec). CPython: selectmodule.c newPyEpoll_Object.
pub fn epoll_create() -> io::Result<i32> {
    // SAFETY: epoll_create1 takes a flag word only.
    check(unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) })
}

/// `epoll_ctl(epfd, op, fd)` with event mask `events` (the descriptor is the event's data).
pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, events: u32) -> io::Result<()> {
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u32 as u64,
    };
    // SAFETY: `ev` is a live local for the call (the kernel copies it).
    check(unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) }).map(|_| ())
}

/// `epoll_wait`: up to `maxevents` (descriptor, events) pairs; `timeout_ms` < 0 waits for ever.
pub fn epoll_wait(epfd: i32, maxevents: usize, timeout_ms: i32) -> io::Result<Vec<(i32, u32)>> {
    let max = maxevents.clamp(1, i32::MAX as usize);
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; max];
    // SAFETY: `evs` holds `max` entries, and `max` fits in an int.
    let n = check(unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), max as i32, timeout_ms) })?;
    Ok(evs[..n as usize]
        .iter()
        .map(|e| {
            let (data, events) = (e.u64, e.events);
            (data as u32 as i32, events)
        })
        .collect())
}

// ----- sockets -----

/// A new socket. CPython: socketmodule.c sock_initobj_impl.
pub fn socket(family: i32, ty: i32, proto: i32) -> io::Result<i32> {
    // SAFETY: socket takes numbers only.
    check(unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) })
}

/// A pair of connected sockets. CPython: socketmodule.c socket_socketpair.
pub fn socketpair(family: i32, ty: i32, proto: i32) -> io::Result<(i32, i32)> {
    let mut sv = [-1 as libc::c_int; 2];
    // SAFETY: `sv` has room for the two descriptors socketpair writes.
    check(unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, sv.as_mut_ptr()) })?;
    Ok((sv[0], sv[1]))
}

/// `recv`: up to `n` bytes.
pub fn recv(fd: i32, n: usize, flags: i32) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: the buffer is valid for `n` bytes during the call.
    let got = check_size(unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), n, flags) })?;
    buf.truncate(got);
    Ok(buf)
}

/// `send`: returns how many bytes were sent.
pub fn send(fd: i32, data: &[u8], flags: i32) -> io::Result<usize> {
    // SAFETY: the slice is valid for its length during the call.
    check_size(unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), flags) })
}

/// `shutdown(fd, how)`.
pub fn shutdown(fd: i32, how: i32) -> io::Result<()> {
    // SAFETY: shutdown takes numbers only.
    check(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

/// An integer socket option.
pub fn getsockopt_int(fd: i32, level: i32, name: i32) -> io::Result<i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` and `len` are live locals; `len` gives `v`'s size.
    check(unsafe {
        libc::getsockopt(
            fd,
            level,
            name,
            (&mut v as *mut libc::c_int).cast(),
            &mut len,
        )
    })?;
    Ok(v)
}

/// A socket option as raw bytes (at most `buflen`).
pub fn getsockopt_bytes(fd: i32, level: i32, name: i32, buflen: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; buflen];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: the buffer is valid for `len` bytes during the call.
    check(unsafe { libc::getsockopt(fd, level, name, buf.as_mut_ptr().cast(), &mut len) })?;
    buf.truncate(len as usize);
    Ok(buf)
}

/// Sets a socket option from raw bytes (an int option is its native-endian bytes).
pub fn setsockopt_bytes(fd: i32, level: i32, name: i32, value: &[u8]) -> io::Result<()> {
    // SAFETY: the slice is valid for its length during the call.
    check(unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            value.as_ptr().cast(),
            value.len() as libc::socklen_t,
        )
    })
    .map(|_| ())
}

/// A socket address, as far as `_socket` handles them.
#[derive(Clone, Debug, PartialEq)]
pub enum SockAddr {
    /// AF_INET: the address's four bytes and the port.
    V4([u8; 4], u16),
    /// AF_INET6: address, port, flow info, scope id.
    V6([u8; 16], u16, u32, u32),
    /// AF_UNIX: the path bytes (a leading NUL for the abstract namespace; empty when unnamed).
    Unix(Vec<u8>),
    /// Another family: its number only.
    Other(i32),
}

fn storage_to_addr(st: &libc::sockaddr_storage, len: libc::socklen_t) -> SockAddr {
    let family = st.ss_family as i32;
    let p = st as *const libc::sockaddr_storage;
    match family {
        libc::AF_INET => {
            // SAFETY: the kernel wrote a sockaddr_in (family AF_INET) into the storage, which
            // is larger and suitably aligned for it.
            let a = unsafe { &*(p as *const libc::sockaddr_in) };
            SockAddr::V4(a.sin_addr.s_addr.to_ne_bytes(), u16::from_be(a.sin_port))
        }
        libc::AF_INET6 => {
            // SAFETY: as above, for sockaddr_in6 (family AF_INET6).
            let a = unsafe { &*(p as *const libc::sockaddr_in6) };
            SockAddr::V6(
                a.sin6_addr.s6_addr,
                u16::from_be(a.sin6_port),
                u32::from_be(a.sin6_flowinfo),
                a.sin6_scope_id,
            )
        }
        libc::AF_UNIX => {
            // SAFETY: as above, for sockaddr_un (family AF_UNIX).
            let a = unsafe { &*(p as *const libc::sockaddr_un) };
            let off = std::mem::size_of::<libc::sa_family_t>();
            let n = (len as usize).saturating_sub(off).min(a.sun_path.len());
            let mut path: Vec<u8> = a.sun_path[..n].iter().map(|&c| c as u8).collect();
            if path.first() != Some(&0) {
                if let Some(end) = path.iter().position(|&c| c == 0) {
                    path.truncate(end);
                }
            }
            SockAddr::Unix(path)
        }
        f => SockAddr::Other(f),
    }
}

/// Builds the C form of `addr` in a sockaddr_storage; returns it and its length.
fn addr_to_storage(addr: &SockAddr) -> io::Result<(libc::sockaddr_storage, libc::socklen_t)> {
    // SAFETY: sockaddr_storage is plain bytes; all-zero is valid.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let p = &mut st as *mut libc::sockaddr_storage;
    let len = match addr {
        SockAddr::V4(ip, port) => {
            // SAFETY: the storage is larger and suitably aligned for a sockaddr_in.
            let a = unsafe { &mut *(p as *mut libc::sockaddr_in) };
            a.sin_family = libc::AF_INET as libc::sa_family_t;
            a.sin_port = port.to_be();
            a.sin_addr.s_addr = u32::from_ne_bytes(*ip);
            std::mem::size_of::<libc::sockaddr_in>()
        }
        SockAddr::V6(ip, port, flow, scope) => {
            // SAFETY: the storage is larger and suitably aligned for a sockaddr_in6.
            let a = unsafe { &mut *(p as *mut libc::sockaddr_in6) };
            a.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            a.sin6_port = port.to_be();
            a.sin6_flowinfo = flow.to_be();
            a.sin6_addr.s6_addr = *ip;
            a.sin6_scope_id = *scope;
            std::mem::size_of::<libc::sockaddr_in6>()
        }
        SockAddr::Unix(path) => {
            // SAFETY: the storage is larger and suitably aligned for a sockaddr_un.
            let a = unsafe { &mut *(p as *mut libc::sockaddr_un) };
            if path.len() >= a.sun_path.len() {
                return Err(io::Error::from_raw_os_error(libc::ENAMETOOLONG));
            }
            a.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, s) in a.sun_path.iter_mut().zip(path) {
                *d = *s as libc::c_char;
            }
            std::mem::size_of::<libc::sa_family_t>() + path.len()
        }
        SockAddr::Other(_) => return Err(io::Error::from_raw_os_error(libc::EAFNOSUPPORT)),
    };
    Ok((st, len as libc::socklen_t))
}

/// The local address of a socket.
pub fn getsockname(fd: i32) -> io::Result<SockAddr> {
    // SAFETY: sockaddr_storage is plain bytes; all-zero is valid.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: `st` has room for `len` bytes of any address.
    check(unsafe {
        libc::getsockname(
            fd,
            (&mut st as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    })?;
    Ok(storage_to_addr(&st, len))
}

/// The remote address of a connected socket.
pub fn getpeername(fd: i32) -> io::Result<SockAddr> {
    // SAFETY: sockaddr_storage is plain bytes; all-zero is valid.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: `st` has room for `len` bytes of any address.
    check(unsafe {
        libc::getpeername(
            fd,
            (&mut st as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    })?;
    Ok(storage_to_addr(&st, len))
}

/// `bind(fd, addr)`.
pub fn bind(fd: i32, addr: &SockAddr) -> io::Result<()> {
    let (st, len) = addr_to_storage(addr)?;
    // SAFETY: `st` holds a valid address of `len` bytes for the call.
    check(unsafe { libc::bind(fd, (&st as *const libc::sockaddr_storage).cast(), len) }).map(|_| ())
}

/// `connect(fd, addr)`.
pub fn connect(fd: i32, addr: &SockAddr) -> io::Result<()> {
    let (st, len) = addr_to_storage(addr)?;
    // SAFETY: `st` holds a valid address of `len` bytes for the call.
    check(unsafe { libc::connect(fd, (&st as *const libc::sockaddr_storage).cast(), len) })
        .map(|_| ())
}

/// `recvfrom`: up to `n` bytes and the sender's address.
pub fn recvfrom(fd: i32, n: usize, flags: i32) -> io::Result<(Vec<u8>, SockAddr)> {
    let mut buf = vec![0u8; n];
    // SAFETY: sockaddr_storage is plain bytes; all-zero is valid.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: the buffer is valid for `n` bytes and `st` has room for `len` bytes.
    let got = check_size(unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr().cast(),
            n,
            flags,
            (&mut st as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    })?;
    buf.truncate(got);
    let addr = if len == 0 {
        SockAddr::Other(0)
    } else {
        storage_to_addr(&st, len)
    };
    Ok((buf, addr))
}

/// `sendto`: returns how many bytes were sent to `addr`.
pub fn sendto(fd: i32, data: &[u8], flags: i32, addr: &SockAddr) -> io::Result<usize> {
    let (st, len) = addr_to_storage(addr)?;
    // SAFETY: the slice is valid for its length and `st` holds an address of `len` bytes.
    check_size(unsafe {
        libc::sendto(
            fd,
            data.as_ptr().cast(),
            data.len(),
            flags,
            (&st as *const libc::sockaddr_storage).cast(),
            len,
        )
    })
}

/// `listen(fd, backlog)`.
pub fn listen(fd: i32, backlog: i32) -> io::Result<()> {
    // SAFETY: listen takes numbers only.
    check(unsafe { libc::listen(fd, backlog) }).map(|_| ())
}

/// `accept4(fd)` (the new descriptor close-on-exec) with the peer's address.
pub fn accept(fd: i32) -> io::Result<(i32, SockAddr)> {
    // SAFETY: sockaddr_storage is plain bytes; all-zero is valid.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: `st` has room for `len` bytes of any address.
    let n = check(unsafe {
        libc::accept4(
            fd,
            (&mut st as *mut libc::sockaddr_storage).cast(),
            &mut len,
            libc::SOCK_CLOEXEC,
        )
    })?;
    Ok((n, storage_to_addr(&st, len)))
}

/// The host name. CPython: socketmodule.c socket_gethostname.
pub fn gethostname() -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 1024];
    // SAFETY: the buffer is valid for its length minus one (kept for the terminator).
    check(unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) })?;
    let end = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
    buf.truncate(end);
    Ok(buf)
}

/// The C library's thread implementation and version (`"NPTL 2.36"`), None where the
/// system does not say (CPython: thread.c PyThread_GetInfo, via confstr).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn pthread_version() -> Option<String> {
    let mut buf = vec![0u8; 64];
    // SAFETY: the buffer is valid for its length; confstr writes at most that many bytes,
    // the terminator included, and returns the length the whole value needs.
    let n = unsafe {
        libc::confstr(
            libc::_CS_GNU_LIBPTHREAD_VERSION,
            buf.as_mut_ptr().cast(),
            buf.len(),
        )
    };
    if n == 0 || n > buf.len() {
        return None;
    }
    buf.truncate(n - 1);
    String::from_utf8(buf).ok()
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn pthread_version() -> Option<String> {
    None
}

// ----- processes -----

/// `waitpid(pid, options)`: the child's pid (0 with WNOHANG when none changed) and its status.
pub fn waitpid(pid: i32, options: i32) -> io::Result<(i32, i32)> {
    let mut status: libc::c_int = 0;
    // SAFETY: `status` is a live local the call writes.
    let r = check(unsafe { libc::waitpid(pid, &mut status, options) })?;
    Ok((r, status))
}

/// `pidfd_open(pid, flags)`: a descriptor (close-on-exec) that refers to process `pid`.
pub fn pidfd_open(pid: i32, flags: u32) -> io::Result<i32> {
    // SAFETY: the pidfd_open system call takes two numbers and touches no memory of ours.
    let r = unsafe {
        libc::syscall(
            libc::SYS_pidfd_open,
            pid as libc::c_long,
            flags as libc::c_long,
        )
    };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    i32::try_from(r).map_err(|_| io::Error::from_raw_os_error(libc::EMFILE))
}

/// `kill(pid, sig)`.
pub fn kill(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: kill takes numbers only.
    check(unsafe { libc::kill(pid, sig) }).map(|_| ())
}

/// What a child process does between `fork` and `exec`. CPython: _posixsubprocess.c
/// child_exec.
pub struct ChildPlan {
    /// The program paths to try in turn.
    pub executables: Vec<CString>,
    pub argv: Vec<CString>,
    /// `None` keeps the parent's environment.
    pub envp: Option<Vec<CString>>,
    pub cwd: Option<CString>,
    /// Standard stream redirections: (p2cread, c2pwrite, errwrite); -1 leaves the stream.
    pub stdio: [i32; 3],
    /// Descriptors to close in the child (the parent's ends of the pipes).
    pub close_fds: Vec<i32>,
    /// Whether to close every descriptor above 2 except `pass_fds` and the error pipe.
    pub close_all: bool,
    pub pass_fds: Vec<i32>,
    /// Where the child reports an exec failure (`OSError:<hex errno>:noexec`).
    pub errpipe_write: i32,
    pub start_new_session: bool,
    pub umask: i32,
}

/// Writes `data` to `fd` from the child, ignoring failures (async-signal-safe).
fn child_write(fd: i32, data: &[u8]) {
    // SAFETY: the slice is valid for its length; write is async-signal-safe.
    let _ = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
}

/// The child's side of `fork_exec`: never returns. Only async-signal-safe calls are made
/// here; everything was allocated before `fork`.
fn child_exec(
    plan: &ChildPlan,
    argv: &[*const libc::c_char],
    envp: Option<&[*const libc::c_char]>,
    keep_sorted: &[i32],
) -> ! {
    let mut hexbuf = [0u8; 16];
    let fail = |step: &[u8], err: i32, hexbuf: &mut [u8; 16]| -> ! {
        let mut n = 0;
        let mut e = err as u32;
        let mut tmp = [0u8; 8];
        let mut k = 0;
        loop {
            tmp[k] = b"0123456789abcdef"[(e % 16) as usize];
            k += 1;
            e /= 16;
            if e == 0 || k == tmp.len() {
                break;
            }
        }
        while k > 0 {
            k -= 1;
            hexbuf[n] = tmp[k];
            n += 1;
        }
        child_write(plan.errpipe_write, b"OSError:");
        child_write(plan.errpipe_write, &hexbuf[..n]);
        child_write(plan.errpipe_write, b":");
        child_write(plan.errpipe_write, step);
        // SAFETY: _exit ends the child at once and is async-signal-safe.
        unsafe { libc::_exit(255) }
    };
    let errno = || io::Error::last_os_error().raw_os_error().unwrap_or(0);
    for &fd in &plan.close_fds {
        if fd >= 0 {
            // SAFETY: close takes a number.
            unsafe { libc::close(fd) };
        }
    }
    // Move the pipe ends out of the way of 0..2 first, as CPython does.
    let mut stdio = plan.stdio;
    for i in 0..3 {
        if stdio[i] >= 0 && stdio[i] < 3 && stdio[i] != i as i32 {
            // SAFETY: fcntl(F_DUPFD) takes numbers only.
            let d = unsafe { libc::fcntl(stdio[i], libc::F_DUPFD, 3) };
            if d < 0 {
                fail(b"noexec", errno(), &mut hexbuf);
            }
            stdio[i] = d;
        }
    }
    for (target, &fd) in stdio.iter().enumerate() {
        if fd < 0 {
            continue;
        }
        if fd == target as i32 {
            // SAFETY: fcntl(F_GETFD/F_SETFD) take numbers only; clears close-on-exec.
            unsafe {
                let fl = libc::fcntl(fd, libc::F_GETFD);
                libc::fcntl(fd, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
            }
        } else {
            // SAFETY: dup2 takes numbers only.
            if unsafe { libc::dup2(fd, target as i32) } < 0 {
                fail(b"noexec", errno(), &mut hexbuf);
            }
        }
    }
    for &fd in &plan.pass_fds {
        if fd == plan.errpipe_write {
            continue;
        }
        // SAFETY: fcntl(F_GETFD/F_SETFD) take numbers only; clears close-on-exec.
        unsafe {
            let fl = libc::fcntl(fd, libc::F_GETFD);
            if fl >= 0 {
                libc::fcntl(fd, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
            }
        }
    }
    if let Some(cwd) = &plan.cwd {
        // SAFETY: `cwd` is a live NUL-terminated string made before fork.
        if unsafe { libc::chdir(cwd.as_ptr()) } < 0 {
            fail(b"noexec:chdir", errno(), &mut hexbuf);
        }
    }
    if plan.umask >= 0 {
        // SAFETY: umask takes a number.
        unsafe { libc::umask(plan.umask as libc::mode_t) };
    }
    if plan.start_new_session {
        // SAFETY: setsid takes nothing.
        unsafe { libc::setsid() };
    }
    if plan.close_all {
        // Close the gaps between the kept descriptors (pass_fds arrives sorted), with
        // close_range when the kernel has it. CPython: _posixsubprocess.c _close_open_fds.
        let mut lo = 3u32;
        let mut keep = keep_sorted.iter().copied();
        loop {
            let next = match keep.next() {
                Some(fd) if fd < lo as i32 => continue,
                Some(fd) => Some(fd as u32),
                None => None,
            };
            let hi = next.map_or(u32::MAX, |fd| fd.saturating_sub(1));
            if next.is_none_or(|fd| fd > lo) {
                // SAFETY: close_range takes numbers only.
                let r = unsafe { libc::syscall(libc::SYS_close_range, lo, hi, 0) };
                if r < 0 {
                    // SAFETY: getdtablesize takes nothing.
                    let max = unsafe { libc::getdtablesize() }.max(3) as u32;
                    for fd in lo..=hi.min(max) {
                        // SAFETY: close takes a number.
                        unsafe { libc::close(fd as i32) };
                    }
                }
            }
            match next {
                Some(fd) => lo = fd + 1,
                None => break,
            }
        }
    }
    let mut last = libc::ENOENT;
    for exe in &plan.executables {
        // SAFETY: `exe`, `argv` and `envp` are NUL-terminated (the arrays end with a null
        // pointer) and were built before fork; they stay alive as the parent's memory image.
        unsafe {
            match envp {
                Some(env) => libc::execve(exe.as_ptr(), argv.as_ptr(), env.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv.as_ptr()),
            }
        };
        let e = errno();
        if e != libc::ENOENT && e != libc::ENOTDIR && last == libc::ENOENT {
            last = e;
        }
    }
    fail(b"", last, &mut hexbuf)
}

/// Forks and runs `plan` in the child; returns the child's pid to the parent.
/// CPython: _posixsubprocess.c do_fork_exec.
pub fn fork_exec(plan: &ChildPlan) -> io::Result<i32> {
    let mut argv: Vec<*const libc::c_char> = plan.argv.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let envp: Option<Vec<*const libc::c_char>> = plan.envp.as_ref().map(|e| {
        let mut v: Vec<*const libc::c_char> = e.iter().map(|a| a.as_ptr()).collect();
        v.push(std::ptr::null());
        v
    });
    let mut keep: Vec<i32> = plan.pass_fds.clone();
    keep.push(plan.errpipe_write);
    keep.sort_unstable();
    keep.dedup();
    // SAFETY: fork duplicates the process; the child only runs `child_exec`, which makes
    // async-signal-safe calls on memory prepared above and ends in exec or _exit.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_error());
    }
    if pid == 0 {
        child_exec(plan, &argv, envp.as_deref(), &keep);
    }
    Ok(pid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn socketpair_round_trip_and_blocking_flags() {
        let (a, b) = socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0).expect("socketpair");
        assert!(get_blocking(a).expect("flags"));
        set_blocking(a, false).expect("set");
        assert!(!get_blocking(a).expect("flags"));
        let err = recv(a, 4, 0).expect_err("nothing to read");
        assert_eq!(err.raw_os_error(), Some(libc::EAGAIN));
        assert_eq!(send(b, b"ping", 0).expect("send"), 4);
        assert_eq!(recv(a, 16, 0).expect("recv"), b"ping");
        assert!(!get_inheritable(a).expect("cloexec"));
        assert_eq!(getsockname(a).expect("name"), SockAddr::Unix(Vec::new()));
        close(a).expect("close");
        close(b).expect("close");
        // A descriptor that cannot be open (closing `a` again would race with the tests
        // running beside this one, which may have been given its number meanwhile).
        assert_eq!(
            close(-1).expect_err("not a descriptor").raw_os_error(),
            Some(libc::EBADF)
        );
    }

    #[test]
    fn readiness_by_select_poll_and_epoll() {
        let (a, b) = socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0).expect("socketpair");
        let (r, w, _) = select(&[a], &[b], &[], Some(0)).expect("select");
        assert!(r.is_empty());
        assert_eq!(w, vec![0]);
        send(b, b"x", 0).expect("send");
        let (r, _, _) = select(&[a], &[], &[], Some(1_000_000)).expect("select");
        assert_eq!(r, vec![0]);
        let mut fds = [PollFd {
            fd: a,
            events: libc::POLLIN,
            revents: 0,
        }];
        assert_eq!(poll(&mut fds, 0).expect("poll"), 1);
        assert_eq!(fds[0].revents & libc::POLLIN, libc::POLLIN);
        let ep = epoll_create().expect("epoll");
        epoll_ctl(ep, libc::EPOLL_CTL_ADD, a, libc::EPOLLIN as u32).expect("ctl");
        assert_eq!(
            epoll_wait(ep, 8, 0).expect("wait"),
            vec![(a, libc::EPOLLIN as u32)]
        );
        assert!(select(&[libc::FD_SETSIZE as i32], &[], &[], Some(0)).is_err());
        for fd in [ep, a, b] {
            close(fd).expect("close");
        }
    }
}

/// The name of the character-type locale the environment selects (`LC_ALL`, `LC_CTYPE`,
/// `LANG`), set for the process as CPython sets it at start-up: "C" when the environment
/// names none, or names one that is not installed. CPython: pylifecycle.c
/// `_Py_SetLocaleFromEnv(LC_CTYPE)`.
pub fn ctype_locale_from_env() -> String {
    static NAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    NAME.get_or_init(|| {
        // The locales every C library has need no call (which costs start-up time).
        let named = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        match named.as_deref() {
            None => return "C".to_string(),
            Some(n @ ("C" | "POSIX" | "C.UTF-8" | "C.utf8")) => return n.to_string(),
            Some(_) => {}
        }
        let empty = c"";
        // SAFETY: `setlocale` with a valid category and a NUL-terminated string (empty: from
        // the environment) returns NULL or a NUL-terminated string owned by the C library,
        // copied at once; it runs once, while the process has one thread running Python.
        unsafe {
            let p = libc::setlocale(libc::LC_CTYPE, empty.as_ptr());
            let p = if p.is_null() {
                libc::setlocale(libc::LC_CTYPE, std::ptr::null())
            } else {
                p
            };
            if p.is_null() {
                return "C".to_string();
            }
            std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    })
    .clone()
}
