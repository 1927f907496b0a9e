//! The `posix` module (what `os`, `posixpath`, `shutil` and `_io` need): the environment,
//! paths and directories, `stat` results, file descriptors (`open`, `read`, `write`, `lseek`,
//! `close`, `dup`, `pipe`), processes (`getpid`, `_exit`) and `strerror`. CPython:
//! Modules/posixmodule.c. ouro has no `unsafe` here, so descriptors are files that this module
//! opened (kept in a table by number) or the three standard streams.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{
    DirBuilderExt, DirEntryExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt,
};
use std::rc::Rc;

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// The descriptors this module opened, by number.
    static FDS: RefCell<HashMap<i32, Rc<File>>> = RefCell::new(HashMap::new());
    /// Standard descriptors that were closed with `os.close`.
    static CLOSED_STD: RefCell<[bool; 3]> = const { RefCell::new([false; 3]) };
}

/// The errno of a failed call as an OSError of the right subclass.
pub fn errno_error(vm: &Vm, code: i32, filename: Option<Value>) -> PyErr {
    crate::exceptions_attrs::os_error_from_io(
        vm,
        &std::io::Error::from_raw_os_error(code),
        filename,
    )
}

fn io_error(vm: &Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    crate::exceptions_attrs::os_error_from_io(vm, e, filename.cloned())
}

/// The file behind descriptor `fd`, or EBADF.
enum Fd {
    Stdin,
    Stdout,
    Stderr,
    File(Rc<File>),
}

fn get_fd(vm: &Vm, fd: i32) -> PyResult<Fd> {
    if let Some(f) = FDS.with(|t| t.borrow().get(&fd).cloned()) {
        return Ok(Fd::File(f));
    }
    let closed = (0..3).contains(&fd) && CLOSED_STD.with(|c| c.borrow()[fd as usize]);
    match fd {
        0 if !closed => Ok(Fd::Stdin),
        1 if !closed => Ok(Fd::Stdout),
        2 if !closed => Ok(Fd::Stderr),
        _ => Err(errno_error(vm, 9, None)),
    }
}

fn register(f: File) -> i32 {
    let n = f.as_raw_fd();
    FDS.with(|t| t.borrow_mut().insert(n, Rc::new(f)));
    n
}

/// Whether `fd` is a descriptor this module did not open (a socket, an epoll or inherited
/// descriptor...): those are read, written and closed by number through `fileutils`.
fn foreign_fd(fd: i32) -> bool {
    fd >= 3 && !FDS.with(|t| t.borrow().contains_key(&fd))
}

/// Reads up to `n` bytes from descriptor `fd`.
pub fn fd_read(vm: &Vm, fd: i32, n: usize) -> PyResult<Vec<u8>> {
    if foreign_fd(fd) {
        return crate::fileutils::read(fd, n).map_err(|e| io_error(vm, &e, None));
    }
    let mut buf = vec![0u8; n];
    let got = match get_fd(vm, fd)? {
        Fd::Stdin => std::io::stdin().lock().read(&mut buf),
        Fd::File(f) => (&*f).read(&mut buf),
        Fd::Stdout | Fd::Stderr => Err(std::io::Error::from_raw_os_error(9)),
    };
    match got {
        Ok(k) => {
            buf.truncate(k);
            Ok(buf)
        }
        Err(e) => Err(io_error(vm, &e, None)),
    }
}

/// Writes `data` to descriptor `fd`; returns how many bytes were written.
pub fn fd_write(vm: &Vm, fd: i32, data: &[u8]) -> PyResult<usize> {
    if foreign_fd(fd) {
        return crate::fileutils::write(fd, data).map_err(|e| io_error(vm, &e, None));
    }
    let r = match get_fd(vm, fd)? {
        Fd::Stdout => {
            let mut o = std::io::stdout().lock();
            o.write_all(data)
                .and_then(|_| o.flush())
                .map(|_| data.len())
        }
        Fd::Stderr => {
            let _ = std::io::stdout().flush();
            std::io::stderr().write_all(data).map(|_| data.len())
        }
        Fd::File(f) => (&*f).write(data),
        Fd::Stdin => Err(std::io::Error::from_raw_os_error(9)),
    };
    r.map_err(|e| io_error(vm, &e, None))
}

/// Moves the position of descriptor `fd` (`how`: 0 start, 1 current, 2 end).
pub fn fd_seek(vm: &Vm, fd: i32, pos: i64, how: i32) -> PyResult<u64> {
    let from = match how {
        0 => {
            if pos < 0 {
                return Err(errno_error(vm, 22, None));
            }
            SeekFrom::Start(pos as u64)
        }
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(errno_error(vm, 22, None)),
    };
    match get_fd(vm, fd)? {
        Fd::File(f) => (&*f).seek(from).map_err(|e| io_error(vm, &e, None)),
        _ => Err(errno_error(vm, 29, None)),
    }
}

/// Closes descriptor `fd`.
pub fn fd_close(vm: &Vm, fd: i32) -> PyResult<()> {
    if FDS.with(|t| t.borrow_mut().remove(&fd)).is_some() {
        return Ok(());
    }
    if foreign_fd(fd) {
        return crate::fileutils::close(fd).map_err(|e| io_error(vm, &e, None));
    }
    if (0..3).contains(&fd) && !CLOSED_STD.with(|c| c.borrow()[fd as usize]) {
        CLOSED_STD.with(|c| c.borrow_mut()[fd as usize] = true);
        return Ok(());
    }
    Err(errno_error(vm, 9, None))
}

/// Whether descriptor `fd` is a terminal.
pub fn fd_isatty(vm: &Vm, fd: i32) -> PyResult<bool> {
    Ok(match get_fd(vm, fd)? {
        Fd::Stdin => std::io::stdin().is_terminal(),
        Fd::Stdout => std::io::stdout().is_terminal(),
        Fd::Stderr => std::io::stderr().is_terminal(),
        Fd::File(f) => f.is_terminal(),
    })
}

/// The metadata of descriptor `fd`.
pub fn fd_metadata(vm: &Vm, fd: i32) -> PyResult<std::fs::Metadata> {
    let r = match get_fd(vm, fd)? {
        Fd::File(f) => f.metadata(),
        Fd::Stdin => std::fs::metadata("/dev/stdin"),
        Fd::Stdout => std::fs::metadata("/dev/stdout"),
        Fd::Stderr => std::fs::metadata("/dev/stderr"),
    };
    r.map_err(|e| io_error(vm, &e, None))
}

/// Truncates the file of descriptor `fd` to `len` bytes.
pub fn fd_truncate(vm: &Vm, fd: i32, len: u64) -> PyResult<()> {
    match get_fd(vm, fd)? {
        Fd::File(f) => f.set_len(len).map_err(|e| io_error(vm, &e, None)),
        _ => Err(errno_error(vm, 22, None)),
    }
}

/// Opens `path` with `os.open` flags and permission bits; returns the descriptor.
pub fn open_path(vm: &Vm, path: &OsStr, flags: i64, mode: u32, name: &Value) -> PyResult<i32> {
    let mut o = std::fs::OpenOptions::new();
    match flags & 3 {
        0 => o.read(true),
        1 => o.write(true),
        _ => o.read(true).write(true),
    };
    o.custom_flags((flags & !3) as i32 | 0o2000000);
    o.mode(mode);
    match o.open(path) {
        Ok(f) => Ok(register(f)),
        Err(e) => Err(io_error(vm, &e, Some(name))),
    }
}

// ----- arguments -----

/// Binds positional and keyword arguments to `params` (Argument Clinic's messages); the first
/// `min` are required.
fn bind(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    params: &[&str],
    min: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len() - kw.len();
    if npos > params.len() {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most {} argument{} ({npos} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (i, v) in args[..npos].iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let k = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
        match params.iter().position(|p| *p == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.new_type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(
                    vm.new_type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    for i in 0..min {
        if out[i].is_none() {
            return Err(vm.new_type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(vm.index_to_isize(v)? as i64)
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| vm.new_overflow_error("fd is greater than maximum"))
}

/// A path argument: str, bytes or an object with `__fspath__`; the bool says bytes.
pub fn path_arg(vm: &Vm, fname: &str, arg: &str, v: &Value) -> PyResult<(OsString, bool)> {
    let kinds = match fname {
        "stat" | "chdir" | "utime" | "chmod" | "truncate" => {
            "string, bytes, os.PathLike or integer"
        }
        "listdir" | "scandir" => "string, bytes, os.PathLike, integer or None",
        _ => "string, bytes or os.PathLike",
    };
    let p = fspath(vm, v).map_err(|_| {
        vm.new_type_error(format!(
            "{fname}: {arg} should be {kinds}, not {}",
            v.class().name()
        ))
    })?;
    if let Some(s) = p.downcast::<StrData>() {
        if s.as_str().contains('\0') {
            return Err(vm.new_value_error(format!("{fname}: embedded null character in {arg}")));
        }
        return Ok((OsString::from(s.as_str()), false));
    }
    if let Some(b) = p.downcast::<BytesData>() {
        if b.0.contains(&0) {
            return Err(vm.new_value_error(format!("{fname}: embedded null character in {arg}")));
        }
        return Ok((OsString::from_vec(b.0.to_vec()), true));
    }
    Err(vm.new_type_error(format!(
        "{fname}: {arg} should be {kinds}, not {}",
        v.class().name()
    )))
}

/// `os.fspath`: str and bytes as they are, else `__fspath__()`.
pub fn fspath(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.downcast::<StrData>().is_some() || v.downcast::<BytesData>().is_some() {
        return Ok(v.clone());
    }
    let Some(m) = v.class().lookup(&vm.intern("__fspath__")) else {
        return Err(vm.new_type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            v.class().name()
        )));
    };
    let r = vm.call(&m, std::slice::from_ref(v), &[])?;
    if r.downcast::<StrData>().is_some() || r.downcast::<BytesData>().is_some() {
        return Ok(r);
    }
    Err(vm.new_type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        v.class().name(),
        r.class().name()
    )))
}

fn os_name_value(vm: &Vm, s: &OsStr, bytes: bool) -> Value {
    if bytes {
        crate::ops::new_bytes(vm, s.as_bytes().to_vec())
    } else {
        vm.new_string(s.to_string_lossy().into_owned())
    }
}

fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Ok(b.0.borrow().clone());
    }
    if v.class().name().as_ref() == "memoryview" {
        let b = vm.call(&vm.getattr_str(v, "tobytes")?, &[], &[])?;
        if let Some(b) = b.downcast::<BytesData>() {
            return Ok(b.0.to_vec());
        }
    }
    Err(vm.new_type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.class().name()
    )))
}

// ----- functions -----

fn p_fspath(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "fspath", args, kw, &["path"], 1)?;
    fspath(vm, a[0].as_ref().unwrap_or(&vm.none))
}

fn p_getcwd(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(io_error(vm, &e, None)),
    }
}

fn p_getcwdb(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(crate::ops::new_bytes(vm, p.into_os_string().into_vec())),
        Err(e) => Err(io_error(vm, &e, None)),
    }
}

fn p_chdir(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "chdir", args, kw, &["path"], 1)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let (p, _) = path_arg(vm, "chdir", "path", &v)?;
    std::env::set_current_dir(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(vm.none.clone())
}

fn stat_tuple(vm: &Vm, m: &std::fs::Metadata) -> Value {
    let t = |s: i64, ns: i64| (s, ns);
    let times = [
        t(m.atime(), m.atime_nsec()),
        t(m.mtime(), m.mtime_nsec()),
        t(m.ctime(), m.ctime_nsec()),
    ];
    let mut items = vec![
        vm.new_int(m.mode() as i64),
        vm.new_int(m.ino() as i64),
        vm.new_int(m.dev() as i64),
        vm.new_int(m.nlink() as i64),
        vm.new_int(m.uid() as i64),
        vm.new_int(m.gid() as i64),
        vm.new_int(m.size() as i64),
    ];
    for (s, _) in times {
        items.push(vm.new_int(s));
    }
    for (s, ns) in times {
        items.push(vm.new_float(s as f64 + ns as f64 * 1e-9));
    }
    for (s, ns) in times {
        items.push(vm.new_bigint(
            num_bigint::BigInt::from(s) * 1_000_000_000 + num_bigint::BigInt::from(ns),
        ));
    }
    items.push(vm.new_int(m.blksize() as i64));
    items.push(vm.new_int(m.blocks() as i64));
    items.push(vm.new_int(m.rdev() as i64));
    vm.new_tuple(items)
}

fn make_stat_result(vm: &Vm, module: &Value, m: &std::fs::Metadata) -> PyResult<Value> {
    let cls = vm.getattr_str(module, "stat_result")?;
    vm.call(&cls, &[stat_tuple(vm, m)], &[])
}

fn posix_module(vm: &Vm) -> PyResult<Value> {
    crate::import::import_module(vm, "posix")
}

fn do_stat(vm: &Vm, name: &str, args: &[Value], kw: &[Value], follow: bool) -> PyResult<Value> {
    let a = bind(
        vm,
        name,
        args,
        kw,
        &["path", "dir_fd", "follow_symlinks"],
        1,
    )?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let follow = match &a[2] {
        Some(f) => follow && vm.is_true(f)?,
        None => follow,
    };
    let m = if v.as_small_int().is_some() {
        fd_metadata(vm, fd_arg(vm, &v)?)?
    } else {
        let (p, _) = path_arg(vm, name, "path", &v)?;
        let r = if follow {
            std::fs::metadata(&p)
        } else {
            std::fs::symlink_metadata(&p)
        };
        r.map_err(|e| io_error(vm, &e, Some(&v)))?
    };
    make_stat_result(vm, &posix_module(vm)?, &m)
}

fn p_stat(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_stat(vm, "stat", args, kw, true)
}

fn p_lstat(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_stat(vm, "lstat", args, kw, false)
}

fn p_fstat(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "fstat", args, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let m = fd_metadata(vm, fd)?;
    make_stat_result(vm, &posix_module(vm)?, &m)
}

fn dir_arg(vm: &Vm, name: &str, v: Option<&Value>) -> PyResult<(OsString, bool, Value)> {
    match v {
        None => Ok((OsString::from("."), false, vm.new_str("."))),
        Some(v) if vm.is_none(v) => Ok((OsString::from("."), false, vm.new_str("."))),
        Some(v) => {
            let (p, b) = path_arg(vm, name, "path", v)?;
            Ok((p, b, v.clone()))
        }
    }
}

fn p_listdir(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "listdir", args, kw, &["path"], 0)?;
    let (p, bytes, v) = dir_arg(vm, "listdir", a[0].as_ref())?;
    let rd = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_error(vm, &e, Some(&v)))?;
        out.push(os_name_value(vm, &ent.file_name(), bytes));
    }
    Ok(vm.new_list(out))
}

/// `_scandir(path)`: a list of (name, kind, inode) for `scandir`'s DirEntry objects; kind is
/// 'd', 'f', 'l' or 'o'.
fn p_scandir_list(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "scandir", args, kw, &["path"], 0)?;
    let (p, bytes, v) = dir_arg(vm, "scandir", a[0].as_ref())?;
    let rd = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_error(vm, &e, Some(&v)))?;
        let kind = match ent.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            _ => "o",
        };
        let ino = ent.ino();
        out.push(vm.new_tuple(vec![
            os_name_value(vm, &ent.file_name(), bytes),
            vm.new_str(kind),
            vm.new_int(ino as i64),
        ]));
    }
    Ok(vm.new_list(out))
}

fn p_mkdir(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "mkdir", args, kw, &["path", "mode", "dir_fd"], 1)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let (p, _) = path_arg(vm, "mkdir", "path", &v)?;
    let mode = match &a[1] {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p)
        .map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(vm.none.clone())
}

macro_rules! path_fn {
    ($f:ident, $name:expr, $op:expr) => {
        fn $f(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let a = bind(vm, $name, args, kw, &["path", "dir_fd"], 1)?;
            let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
            let (p, _) = path_arg(vm, $name, "path", &v)?;
            $op(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
            Ok(vm.none.clone())
        }
    };
}

path_fn!(p_rmdir, "rmdir", std::fs::remove_dir);
path_fn!(p_unlink, "unlink", std::fs::remove_file);
path_fn!(p_remove, "remove", std::fs::remove_file);

fn two_paths(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
) -> PyResult<(OsString, OsString, Value, Value)> {
    let a = bind(
        vm,
        name,
        args,
        kw,
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
    )?;
    let s = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let d = a[1].clone().unwrap_or_else(|| vm.none.clone());
    let (sp, _) = path_arg(vm, name, "src", &s)?;
    let (dp, _) = path_arg(vm, name, "dst", &d)?;
    Ok((sp, dp, s, d))
}

fn two_path_error(vm: &Vm, e: &std::io::Error, s: Value, d: Value) -> PyErr {
    let err = crate::exceptions_attrs::os_error_from_io(vm, e, Some(s));
    let _ = vm.setattr(err.as_value(), &vm.intern("filename2"), Some(d));
    err
}

fn p_rename(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sp, dp, s, d) = two_paths(vm, "rename", args, kw)?;
    std::fs::rename(&sp, &dp).map_err(|e| two_path_error(vm, &e, s, d))?;
    Ok(vm.none.clone())
}

fn p_replace(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sp, dp, s, d) = two_paths(vm, "replace", args, kw)?;
    std::fs::rename(&sp, &dp).map_err(|e| two_path_error(vm, &e, s, d))?;
    Ok(vm.none.clone())
}

fn p_link(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sp, dp, s, d) = two_paths(vm, "link", args, kw)?;
    std::fs::hard_link(&sp, &dp).map_err(|e| two_path_error(vm, &e, s, d))?;
    Ok(vm.none.clone())
}

fn p_symlink(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sp, dp, s, d) = two_paths(vm, "symlink", args, kw)?;
    std::os::unix::fs::symlink(&sp, &dp).map_err(|e| two_path_error(vm, &e, s, d))?;
    Ok(vm.none.clone())
}

fn p_readlink(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "readlink", args, kw, &["path", "dir_fd"], 1)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let (p, bytes) = path_arg(vm, "readlink", "path", &v)?;
    let t = std::fs::read_link(&p).map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(os_name_value(vm, t.as_os_str(), bytes))
}

fn p_chmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "chmod",
        args,
        kw,
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
    )?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let mode = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))? as u32;
    let (p, _) = path_arg(vm, "chmod", "path", &v)?;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode))
        .map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(vm.none.clone())
}

fn p_access(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "access",
        args,
        kw,
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
    )?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let mode = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    let (p, _) = path_arg(vm, "access", "path", &v)?;
    let Ok(m) = std::fs::metadata(&p) else {
        return Ok(vm.new_bool(false));
    };
    // Without access(2), the permission bits of the owner, group or others stand in.
    let uid = std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or(0);
    let bits = m.mode();
    let mine = if uid == 0 {
        0o7 & if bits & 0o111 != 0 || m.is_dir() {
            7
        } else {
            6
        }
    } else if m.uid() == uid {
        (bits >> 6) & 7
    } else {
        bits & 7
    };
    Ok(vm.new_bool((mode as u32) & 7 & !mine == 0))
}

fn p_truncate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "truncate", args, kw, &["path", "length"], 2)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let len = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    if v.as_small_int().is_some() {
        fd_truncate(vm, fd_arg(vm, &v)?, len.max(0) as u64)?;
        return Ok(vm.none.clone());
    }
    let (p, _) = path_arg(vm, "truncate", "path", &v)?;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&p)
        .map_err(|e| io_error(vm, &e, Some(&v)))?;
    f.set_len(len.max(0) as u64)
        .map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(vm.none.clone())
}

fn p_ftruncate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "ftruncate", args, kw, &["fd", "length"], 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let len = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    if len < 0 {
        return Err(errno_error(vm, 22, None));
    }
    fd_truncate(vm, fd, len as u64)?;
    Ok(vm.none.clone())
}

fn p_open(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "open",
        args,
        kw,
        &["path", "flags", "mode", "dir_fd"],
        2,
    )?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let (p, _) = path_arg(vm, "open", "path", &v)?;
    let flags = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    let mode = match &a[2] {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    Ok(vm.new_int(open_path(vm, &p, flags, mode, &v)? as i64))
}

fn p_read(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "read", args, kw, &["fd", "length"], 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let n = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    if n < 0 {
        return Err(errno_error(vm, 22, None));
    }
    let data = fd_read(vm, fd, n as usize)?;
    Ok(crate::ops::new_bytes(vm, data))
}

fn p_write(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "write", args, kw, &["fd", "data"], 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let data = bytes_like(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    Ok(vm.new_int(fd_write(vm, fd, &data)? as i64))
}

fn p_close(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "close", args, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    fd_close(vm, fd)?;
    Ok(vm.none.clone())
}

fn p_lseek(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "lseek", args, kw, &["fd", "position", "whence"], 3)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let pos = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    let how = int_arg(vm, a[2].as_ref().unwrap_or(&vm.none))?;
    Ok(vm.new_int(fd_seek(vm, fd, pos, how as i32)? as i64))
}

fn p_isatty(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "isatty", args, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    Ok(vm.new_bool(fd_isatty(vm, fd).unwrap_or(false)))
}

fn p_fsync(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "fsync", args, kw, &["fd"], 1)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let fd = if v.as_small_int().is_some() {
        fd_arg(vm, &v)?
    } else {
        let f = vm.call(&vm.getattr_str(&v, "fileno")?, &[], &[])?;
        fd_arg(vm, &f)?
    };
    if let Fd::File(f) = get_fd(vm, fd)? {
        f.sync_all().map_err(|e| io_error(vm, &e, None))?;
    }
    Ok(vm.none.clone())
}

fn p_dup(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "dup", args, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let owned: std::io::Result<OwnedFd> = match get_fd(vm, fd)? {
        Fd::File(f) => f.try_clone().map(OwnedFd::from),
        Fd::Stdin => std::io::stdin().as_fd_owned(),
        Fd::Stdout => std::io::stdout().as_fd_owned(),
        Fd::Stderr => std::io::stderr().as_fd_owned(),
    };
    let f = File::from(owned.map_err(|e| io_error(vm, &e, None))?);
    Ok(vm.new_int(register(f) as i64))
}

/// Duplicates a standard stream's descriptor into an owned one.
trait DupStd {
    fn as_fd_owned(&self) -> std::io::Result<OwnedFd>;
}

impl<T: std::os::fd::AsFd> DupStd for T {
    fn as_fd_owned(&self) -> std::io::Result<OwnedFd> {
        self.as_fd().try_clone_to_owned()
    }
}

fn p_pipe(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (r, w) = std::io::pipe().map_err(|e| io_error(vm, &e, None))?;
    let r = register(File::from(OwnedFd::from(r)));
    let w = register(File::from(OwnedFd::from(w)));
    Ok(vm.new_tuple(vec![vm.new_int(r as i64), vm.new_int(w as i64)]))
}

fn p_getpid(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(std::process::id() as i64))
}

fn p_getppid(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(std::os::unix::process::parent_id() as i64))
}

/// `waitpid(pid, options)`: the (pid, status) of a child that changed state.
fn p_waitpid(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "waitpid", args, kw, &["pid", "options"], 2)?;
    let pid = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let options = fd_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    let (p, status) = loop {
        match crate::fileutils::waitpid(pid, options) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => break r.map_err(|e| io_error(vm, &e, None))?,
        }
    };
    Ok(vm.new_tuple(vec![vm.new_int(p as i64), vm.new_int(status as i64)]))
}

/// `pidfd_open(pid, flags=0, /)`: a descriptor referring to process `pid`. CPython:
/// posixmodule.c os_pidfd_open_impl.
fn p_pidfd_open(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "pidfd_open", args, kw, &["pid", "flags"], 1)?;
    let pid = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let flags = match &a[1] {
        Some(v) => {
            let n = int_arg(vm, v)?;
            if n < 0 {
                return Err(vm.new_value_error("value must be positive"));
            }
            u32::try_from(n)
                .map_err(|_| vm.new_overflow_error("Python int too large for C unsigned int"))?
        }
        None => 0,
    };
    let fd = crate::fileutils::pidfd_open(pid, flags).map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.new_int(fd as i64))
}

/// `get_inheritable(fd)`, `get_blocking(fd)`: a descriptor flag.
fn p_get_inheritable(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "get_inheritable", args, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let b = crate::fileutils::get_inheritable(fd).map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.new_bool(b))
}

fn p_get_blocking(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "get_blocking", args, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let b = crate::fileutils::get_blocking(fd).map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.new_bool(b))
}

/// `set_inheritable(fd, inheritable)`, `set_blocking(fd, blocking)`.
fn p_set_inheritable(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "set_inheritable", args, kw, &["fd", "inheritable"], 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let flag = int_arg(vm, a[1].as_ref().unwrap_or(&vm.none))? != 0;
    crate::fileutils::set_inheritable(fd, flag).map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.none.clone())
}

fn p_set_blocking(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "set_blocking", args, kw, &["fd", "blocking"], 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let flag = vm.is_true(a[1].as_ref().unwrap_or(&vm.none))?;
    crate::fileutils::set_blocking(fd, flag).map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.none.clone())
}

/// `kill(pid, signal)`.
fn p_kill(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "kill", args, kw, &["pid", "signal"], 2)?;
    let pid = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let sig = fd_arg(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    crate::fileutils::kill(pid, sig).map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.none.clone())
}

fn proc_self_meta() -> Option<std::fs::Metadata> {
    std::fs::metadata("/proc/self").ok()
}

fn p_getuid(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(proc_self_meta().map(|m| m.uid()).unwrap_or(0) as i64))
}

fn p_getgid(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(proc_self_meta().map(|m| m.gid()).unwrap_or(0) as i64))
}

fn p_urandom(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "urandom", args, kw, &["size"], 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| io_error(vm, &e, None))?;
    Ok(crate::ops::new_bytes(vm, buf))
}

/// The text of errno `code` (strerror(3)).
pub fn strerror_text(code: i32) -> String {
    let msg = std::io::Error::from_raw_os_error(code).to_string();
    match msg.find(" (os error") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    }
}

fn p_strerror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "strerror", args, kw, &["code"], 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    Ok(vm.new_string(strerror_text(n as i32)))
}

thread_local! {
    static UMASK: std::cell::Cell<u32> = const { std::cell::Cell::new(0o022) };
}

fn p_umask(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "umask", args, kw, &["mask"], 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    // Without umask(2) the mask is remembered but not applied to the process.
    let old = UMASK.with(|u| u.replace(n as u32));
    Ok(vm.new_int(old as i64))
}

fn p_exit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "_exit", args, kw, &["status"], 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let _ = std::io::stdout().flush();
    std::process::exit(n as i32)
}

fn p_get_terminal_size(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = match args.first() {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    if !fd_isatty(vm, fd)? {
        return Err(errno_error(vm, 25, None));
    }
    let cols = std::env::var("COLUMNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(80i64);
    let lines = std::env::var("LINES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(24i64);
    let cls = vm.getattr_str(&posix_module(vm)?, "terminal_size")?;
    vm.call(
        &cls,
        &[vm.new_tuple(vec![vm.new_int(cols), vm.new_int(lines)])],
        &[],
    )
}

fn p_device_encoding(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "device_encoding", args, kw, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    Ok(if fd_isatty(vm, fd).unwrap_or(false) {
        vm.new_str("UTF-8")
    } else {
        vm.none.clone()
    })
}

fn p_cpu_count(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => vm.new_int(n.get() as i64),
        Err(_) => vm.none.clone(),
    })
}

fn env_bytes(vm: &Vm, v: &Value, what: &str) -> PyResult<OsString> {
    if let Some(s) = v.downcast::<StrData>() {
        return Ok(OsString::from(s.as_str()));
    }
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(OsString::from_vec(b.0.to_vec()));
    }
    Err(vm.new_type_error(format!(
        "{what}: expected str, bytes or os.PathLike object, not {}",
        v.class().name()
    )))
}

fn p_putenv(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "putenv", args, kw, &["name", "value"], 2)?;
    let k = env_bytes(vm, a[0].as_ref().unwrap_or(&vm.none), "putenv")?;
    let v = env_bytes(vm, a[1].as_ref().unwrap_or(&vm.none), "putenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.new_value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(vm.none.clone())
}

fn p_unsetenv(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "unsetenv", args, kw, &["name"], 1)?;
    let k = env_bytes(vm, a[0].as_ref().unwrap_or(&vm.none), "unsetenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.new_value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(vm.none.clone())
}

fn p_utime(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "utime",
        args,
        kw,
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
    )?;
    let v = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let (p, _) = path_arg(vm, "utime", "path", &v)?;
    let f = File::options()
        .write(true)
        .open(&p)
        .or_else(|_| File::open(&p))
        .map_err(|e| io_error(vm, &e, Some(&v)))?;
    let to_time = |secs: f64| {
        if secs >= 0.0 {
            std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs)
        } else {
            std::time::UNIX_EPOCH - std::time::Duration::from_secs_f64(-secs)
        }
    };
    let times = match a[1].as_ref().filter(|t| !vm.is_none(t)) {
        Some(t) => {
            let at = vm.getitem(t, &vm.new_int(0))?;
            let mt = vm.getitem(t, &vm.new_int(1))?;
            let at: f64 = vm.str(&at)?.parse().unwrap_or(0.0);
            let mt: f64 = vm.str(&mt)?.parse().unwrap_or(0.0);
            std::fs::FileTimes::new()
                .set_accessed(to_time(at))
                .set_modified(to_time(mt))
        }
        None => {
            let now = std::time::SystemTime::now();
            std::fs::FileTimes::new()
                .set_accessed(now)
                .set_modified(now)
        }
    };
    f.set_times(times).map_err(|e| io_error(vm, &e, Some(&v)))?;
    Ok(vm.none.clone())
}

fn p_kind(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // `_kind(path)`: the kind of an existing path without following links ('d', 'f', 'l',
    // 'o'), or None; used by DirEntry.
    let Some(v) = args.first() else {
        return Ok(vm.none.clone());
    };
    let (p, _) = path_arg(vm, "stat", "path", v)?;
    Ok(match std::fs::symlink_metadata(&p) {
        Ok(m) => {
            let t = m.file_type();
            vm.new_str(if t.is_symlink() {
                "l"
            } else if t.is_dir() {
                "d"
            } else if t.is_file() {
                "f"
            } else if t.is_fifo() || t.is_socket() || t.is_block_device() || t.is_char_device() {
                "o"
            } else {
                "o"
            })
        }
        Err(_) => vm.none.clone(),
    })
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_exit", p_exit),
    ("_path_kind", p_kind),
    ("_scandir_list", p_scandir_list),
    ("access", p_access),
    ("chdir", p_chdir),
    ("chmod", p_chmod),
    ("close", p_close),
    ("cpu_count", p_cpu_count),
    ("device_encoding", p_device_encoding),
    ("dup", p_dup),
    ("fspath", p_fspath),
    ("fstat", p_fstat),
    ("fsync", p_fsync),
    ("ftruncate", p_ftruncate),
    ("get_blocking", p_get_blocking),
    ("get_inheritable", p_get_inheritable),
    ("get_terminal_size", p_get_terminal_size),
    ("getcwd", p_getcwd),
    ("getcwdb", p_getcwdb),
    ("getegid", p_getgid),
    ("geteuid", p_getuid),
    ("getgid", p_getgid),
    ("getpid", p_getpid),
    ("getppid", p_getppid),
    ("getuid", p_getuid),
    ("isatty", p_isatty),
    ("kill", p_kill),
    ("link", p_link),
    ("listdir", p_listdir),
    ("lseek", p_lseek),
    ("lstat", p_lstat),
    ("mkdir", p_mkdir),
    ("open", p_open),
    ("pipe", p_pipe),
    ("pidfd_open", p_pidfd_open),
    ("putenv", p_putenv),
    ("read", p_read),
    ("readlink", p_readlink),
    ("remove", p_remove),
    ("rename", p_rename),
    ("replace", p_replace),
    ("rmdir", p_rmdir),
    ("set_blocking", p_set_blocking),
    ("set_inheritable", p_set_inheritable),
    ("stat", p_stat),
    ("strerror", p_strerror),
    ("symlink", p_symlink),
    ("truncate", p_truncate),
    ("umask", p_umask),
    ("unlink", p_unlink),
    ("unsetenv", p_unsetenv),
    ("urandom", p_urandom),
    ("utime", p_utime),
    ("waitpid", p_waitpid),
    ("write", p_write),
];

const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", 0),
    ("R_OK", 4),
    ("W_OK", 2),
    ("X_OK", 1),
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_ACCMODE", 3),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_NDELAY", 0o4000),
    ("O_DSYNC", 0o10000),
    ("O_SYNC", 0o4010000),
    ("O_DIRECTORY", 0o200000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
    ("O_PATH", 0o10000000),
    ("O_TMPFILE", 0o20200000),
    ("O_NOATIME", 0o1000000),
    ("O_LARGEFILE", 0),
    ("SEEK_DATA", 3),
    ("SEEK_HOLE", 4),
    ("EX_OK", 0),
    ("EX_USAGE", 64),
    ("EX_DATAERR", 65),
    ("EX_NOINPUT", 66),
    ("EX_SOFTWARE", 70),
    ("EX_OSERR", 71),
    ("EX_IOERR", 74),
    ("WNOHANG", 1),
    ("WUNTRACED", 2),
    ("F_LOCK", 1),
    ("F_TLOCK", 2),
    ("F_ULOCK", 0),
    ("F_TEST", 3),
];

/// Python part of the module: the struct sequences and `scandir`'s DirEntry.
const PRELUDE: &str = include_str!("posixmodule_prelude.py");

/// Makes the `posix` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "posix");
    let Some(md) = m.downcast::<ModuleData>() else {
        return m;
    };
    let d = md.dict.clone();
    crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
    for (name, v) in CONSTANTS {
        d.set_str(vm, &vm.intern(name), vm.new_int(*v));
    }
    d.set_str(vm, &vm.intern("error"), vm.types.exc.os_error.to_value());
    let env = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let _ = env.set_item(
            vm,
            crate::ops::new_bytes(vm, k.into_vec()),
            crate::ops::new_bytes(vm, v.into_vec()),
        );
    }
    d.set_str(vm, &vm.intern("environ"), env.into_value());
    let have: Vec<Value> = ["HAVE_FTRUNCATE", "HAVE_LSTAT"]
        .iter()
        .map(|s| vm.new_str(s))
        .collect();
    d.set_str(vm, &vm.intern("_have_functions"), vm.new_list(have));
    run_prelude(vm, &d, PRELUDE, "<ouro:posix>");
    m
}

/// Runs Python source `src` in module dict `d` (the Python parts of built-in modules).
pub fn run_prelude(vm: &Vm, d: &crate::objects::dict::DictRef, src: &str, name: &str) {
    let Ok(code) = ouro_compiler::compile_module(src, name, 0) else {
        return;
    };
    d.set_str(vm, &vm.names.__builtins__, vm.builtins.to_value());
    let code = crate::objects::code::from_code_object(vm, &std::rc::Rc::new(code));
    let frame = crate::ceval::Frame::new(
        code,
        d.clone(),
        vm.builtins.clone(),
        Some(d.to_value()),
        None,
    );
    if let Err(e) = crate::ceval::run(vm, frame) {
        let msg = crate::builtins::exception_str(vm, e.as_value()).unwrap_or_default();
        let _ = crate::sysmodule::write_stderr(
            vm,
            &format!(
                "ouro: error in {name}: {}: {msg}\n",
                e.as_value().class().name()
            ),
        );
    }
}
