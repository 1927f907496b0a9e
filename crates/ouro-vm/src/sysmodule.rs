//! The `sys` module (the parts running programs need: argv, path, modules, exit, stdout and
//! stderr, recursion limit) and writing to the standard streams. CPython: Python/sysmodule.c.

use std::io::Write;

use crate::object::Value;
use crate::objects::builtin::{new_module_function, NativeFn};
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

/// `sys.stdout` when it is not one of the built-in standard streams (None if it is, so that
/// `print` takes its fast path); a `sys.stdout` set to None is returned as None's value.
pub fn python_stdout(vm: &Vm) -> Option<Value> {
    let sys = vm.sys.borrow().clone()?;
    let m = sys.downcast::<ModuleData>()?;
    let f = m.dict.get_str(&vm.names.stdout)?;
    match f.downcast::<StdStream>() {
        Some(st) if st.fd != 0 && !st.closed.get() => None,
        _ => Some(f),
    }
}

/// Whether Python runs in UTF-8 mode (`sys.flags.utf8_mode`): as `PYTHONUTF8` says, else in
/// the C and POSIX locales. CPython: preconfig.c preconfig_init_utf8_mode.
pub fn utf8_mode() -> bool {
    if let Some(x) = crate::initconfig::xoption("utf8") {
        return x != "0";
    }
    match crate::initconfig::python_env("PYTHONUTF8").as_deref() {
        Some("1") => true,
        Some("0") => false,
        _ => matches!(
            crate::fileutils::ctype_locale_from_env().as_str(),
            "C" | "POSIX"
        ),
    }
}

/// The error handler of stdin and stdout: the one `PYTHONIOENCODING` gives after a colon,
/// else "surrogateescape" in UTF-8 mode and in the C and POSIX locales and the UTF-8 ones
/// CPython coerces them to, else "strict". stderr's is always "backslashreplace".
/// CPython: initconfig.c config_get_stdio_errors, config_init_stdio_encoding.
pub fn stdio_errors(fd: i32) -> &'static str {
    static ERRORS: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    if fd == 2 {
        return "backslashreplace";
    }
    ERRORS.get_or_init(|| {
        let given = crate::initconfig::python_env("PYTHONIOENCODING").and_then(|v| {
            let (_, e) = v.split_once(':')?;
            (!e.is_empty()).then(|| &*Box::leak(e.to_string().into_boxed_str()))
        });
        if let Some(e) = given {
            return e;
        }
        let locale = crate::fileutils::ctype_locale_from_env();
        if utf8_mode()
            || matches!(
                locale.as_str(),
                "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
            )
        {
            "surrogateescape"
        } else {
            "strict"
        }
    })
}

/// The bytes a standard stream writes for `s`: its UTF-8, where a lone surrogate goes through
/// the stream's error handler (`stdio_errors`): stdout's fails on it ("strict") or writes the
/// byte it escapes ("surrogateescape"), stderr escapes it ("backslashreplace").
pub fn std_text<'a>(vm: &Vm, s: &'a StrData, fd: i32) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    if !s.has_surrogates() {
        return Ok(std::borrow::Cow::Borrowed(s.as_str().as_bytes()));
    }
    let b = crate::strmethods::encode_data(vm, s, "utf-8", stdio_errors(fd))?;
    Ok(std::borrow::Cow::Owned(b))
}

pub fn write_std_stream(f: &Value, s: &[u8]) -> bool {
    match f.downcast::<StdStream>() {
        Some(st) if st.fd != 0 && !st.closed.get() => {
            write_fd(st.fd, s);
            true
        }
        _ => false,
    }
}

/// Writes to `sys.stdout` (the process's stdout unless replaced).
pub fn write_stdout(vm: &Vm, s: &str, flush: bool) -> PyResult<()> {
    write_stream(vm, "stdout", s.as_bytes(), flush)
}

/// `write_stdout` of the bytes a standard stream writes for some text (`std_text`).
pub fn write_stdout_bytes(vm: &Vm, s: &[u8], flush: bool) -> PyResult<()> {
    write_stream(vm, "stdout", s, flush)
}

pub fn write_stderr(vm: &Vm, s: &str) -> PyResult<()> {
    write_stream(vm, "stderr", s.as_bytes(), true)
}

fn write_stream(vm: &Vm, which: &str, s: &[u8], flush: bool) -> PyResult<()> {
    let sys = vm.sys.borrow().clone();
    if let Some(sys) = &sys {
        if let Some(m) = sys.downcast::<ModuleData>() {
            if let Some(f) = m.dict.get_str(&vm.intern(which)) {
                match f.downcast::<StdStream>() {
                    Some(st) if st.fd != 0 && !st.closed.get() => {
                        if st.fd != 1 {
                            write_fd(st.fd, s);
                            return Ok(());
                        }
                    }
                    _ => {
                        if vm.is_none(&f) {
                            return Ok(());
                        }
                        let w = vm.getattr(&f, &vm.names.write)?;
                        let text = String::from_utf8_lossy(s);
                        vm.call(&w, &[vm.new_str(&text)], &[])?;
                        if flush {
                            let fl = vm.getattr(&f, &vm.names.flush)?;
                            vm.call(&fl, &[], &[])?;
                        }
                        return Ok(());
                    }
                }
            }
        }
    }
    if which == "stdout" {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(s);
        if flush {
            let _ = out.flush();
        }
    } else {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(s);
    }
    Ok(())
}

/// The payload of `sys.stdout`/`sys.stderr` objects that write straight to the process streams.
pub struct StdStream {
    pub fd: i32,
    pub closed: std::cell::Cell<bool>,
    pub buffer: std::cell::RefCell<Option<Value>>,
}

impl crate::object::Payload for StdStream {}

/// `sys.exit(status=None)`: raises SystemExit(status); a tuple status becomes the exception's
/// arguments and None none, as PyErr_SetObject makes them.
fn sys_exit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("exit() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let exc_args = match args.first() {
        None => Vec::new(),
        Some(v) if vm.is_none(v) => Vec::new(),
        Some(v) if std::ptr::eq(v.class(), vm.types.tuple) => v
            .downcast::<crate::objects::tuple::TupleData>()
            .map(|t| t.items().to_vec())
            .unwrap_or_default(),
        Some(v) => vec![v.clone()],
    };
    Err(vm.new_exception(vm.types.exc.system_exit, exc_args))
}

/// Whether `hook` is the built-in `sys.unraisablehook`.
pub fn is_default_unraisablehook(hook: &Value) -> bool {
    hook.downcast::<crate::objects::builtin::BuiltinFunctionData>()
        .is_some_and(|b| {
            std::ptr::fn_addr_eq(
                b.func,
                sys_unraisablehook as crate::objects::builtin::NativeFn,
            )
        })
}

/// `sys.unraisablehook(unraisable)`: the default report of an exception that could not be
/// raised (CPython: sysmodule.c sys_unraisablehook / write_unraisable_exc).
fn sys_unraisablehook(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(u) = args.first() else {
        return Err(vm.new_type_error("unraisablehook() takes exactly one argument (0 given)"));
    };
    // Only the interpreter makes the argument (a `sys.UnraisableHookArgs`).
    if u.class().name().rsplit('.').next() != Some("UnraisableHookArgs") {
        return Err(
            vm.new_type_error("sys.unraisablehook argument type must be UnraisableHookArgs")
        );
    }
    let attr = |n: &str| -> PyResult<Value> { vm.getattr_str(u, n) };
    let obj = attr("object")?;
    let msg = attr("err_msg")?;
    let mut text = String::new();
    if !vm.is_none(&obj) {
        if vm.is_none(&msg) {
            text.push_str(&format!("Exception ignored in: {}\n", vm.repr(&obj)?));
        } else {
            text.push_str(&format!("{}: {}\n", vm.str(&msg)?, vm.repr(&obj)?));
        }
    } else if !vm.is_none(&msg) {
        text.push_str(&format!("{}:\n", vm.str(&msg)?));
    }
    let value = attr("exc_value")?;
    if !vm.is_none(&value) {
        text.push_str(&crate::pythonrun::format_exception_value(vm, &value));
    }
    write_stderr(vm, &text)?;
    Ok(vm.none.clone())
}

/// `sys.displayhook(object)`.
fn sys_displayhook(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() != 1 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "displayhook() takes exactly one argument ({} given)",
            args.len() + kw.len()
        )));
    }
    crate::builtins::default_displayhook(vm, &args[0])?;
    Ok(vm.none.clone())
}

thread_local! {
    /// The audit hooks (`sys.addaudithook`); kept until the process ends, as CPython keeps
    /// them until finalization.
    static AUDIT_HOOKS: std::cell::RefCell<Vec<std::mem::ManuallyDrop<Value>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `sys.addaudithook(hook)`.
fn sys_addaudithook(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(hook) = args.first() else {
        return Err(vm.new_type_error("addaudithook() missing required argument 'hook' (pos 1)"));
    };
    AUDIT_HOOKS.with(|h| {
        h.borrow_mut()
            .push(std::mem::ManuallyDrop::new(hook.clone()))
    });
    Ok(vm.none.clone())
}

/// `sys.audit(event, *args)`: calls every audit hook with the event and the arguments.
fn sys_audit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("audit() takes no keyword arguments"));
    }
    let Some(event) = args.first() else {
        return Err(vm.new_type_error("audit() missing 1 required positional argument: 'event'"));
    };
    if event.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error(format!(
            "expected str for argument 'event', not {}",
            event.class().name()
        )));
    }
    let hooks: Vec<Value> =
        AUDIT_HOOKS.with(|h| h.borrow().iter().map(|v| (**v).clone()).collect());
    if hooks.is_empty() {
        return Ok(vm.none.clone());
    }
    let rest = vm.new_tuple(args[1..].to_vec());
    for hook in hooks {
        vm.call(&hook, &[event.clone(), rest.clone()], &[])?;
    }
    Ok(vm.none.clone())
}

/// `sys._getframe(depth=0)`: the frame object `depth` calls up from the caller. ouro sees the
/// frames of the evaluation loop's current run (the calls made from Python code since it was
/// last entered from native code); further out, `f_back` is None.
fn sys_getframe(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("_getframe() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let depth = match args.first() {
        Some(d) => vm.index_to_isize(d)?,
        None => 0,
    };
    let frames = crate::bltin_frame::take()
        .map(|c| c.frames)
        .unwrap_or_default();
    let depth = depth.max(0) as usize;
    frames
        .get(depth)
        .cloned()
        .ok_or_else(|| vm.new_value_error("call stack is not deep enough"))
}

fn sys_getrecursionlimit(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(vm.thread.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = vm.index_to_isize(args.first().ok_or_else(|| {
        vm.new_type_error("setrecursionlimit() takes exactly one argument (0 given)")
    })?)?;
    if n < 1 {
        return Err(vm.new_value_error("recursion limit must be greater or equal than 1"));
    }
    vm.thread.recursion_limit.set(n as u32);
    Ok(vm.none.clone())
}

fn sys_getrefcount(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args
        .first()
        .ok_or_else(|| vm.new_type_error("getrefcount() takes exactly one argument (0 given)"))?;
    Ok(vm.new_int(v.refcount() as i64))
}

fn sys_exc_info(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match vm.current_exception() {
        Some(e) => {
            let tb = e
                .downcast::<crate::objects::exceptions::ExceptionData>()
                .and_then(|x| x.traceback.borrow().clone())
                .unwrap_or_else(|| vm.none.clone());
            vm.new_tuple(vec![e.class().to_value(), e, tb])
        }
        None => vm.new_tuple(vec![vm.none.clone(), vm.none.clone(), vm.none.clone()]),
    })
}

fn sys_exception(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.current_exception().unwrap_or_else(|| vm.none.clone()))
}

fn stream_fd(args: &[Value]) -> i32 {
    args.first()
        .and_then(|s| s.downcast::<StdStream>())
        .map(|s| s.fd)
        .unwrap_or(1)
}

fn stream_closed_check(vm: &Vm, args: &[Value]) -> PyResult<i32> {
    let s = args
        .first()
        .and_then(|s| s.downcast::<StdStream>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_io.TextIOWrapper' object"))?;
    if s.closed.get() {
        return Err(vm.new_value_error("I/O operation on closed file."));
    }
    Ok(s.fd)
}

/// `_io.UnsupportedOperation(msg)`, or OSError if `_io` cannot be made.
fn unsupported(vm: &Vm, msg: &str) -> crate::vm::PyErr {
    if let Ok(m) = crate::import::import_module(vm, "_io") {
        if let Ok(cls) = vm.getattr_str(&m, "UnsupportedOperation") {
            if let Ok(e) = vm.call(&cls, &[vm.new_str(msg)], &[]) {
                if let Ok(e) = e.try_into_ref::<crate::objects::exceptions::ExceptionData>() {
                    return e;
                }
            }
        }
    }
    vm.new_exception_msg(vm.types.exc.os_error, msg)
}

fn write_fd(fd: i32, s: &[u8]) {
    if fd == 1 {
        let _ = std::io::stdout().lock().write_all(s);
    } else {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(s);
    }
}

fn stream_write(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    let s = args
        .get(1)
        .and_then(|s| s.downcast::<StrData>())
        .ok_or_else(|| {
            vm.new_type_error(format!(
                "write() argument must be str, not {}",
                args.get(1)
                    .map(|a| a.class().name().to_string())
                    .unwrap_or_default()
            ))
        })?;
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    write_fd(fd, &std_text(vm, s, fd)?);
    Ok(vm.new_int(s.char_len() as i64))
}

fn stream_writelines(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    let lines = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("writelines() takes exactly one argument (0 given)"))?;
    for line in vm.collect(lines)? {
        let Some(s) = line.downcast::<StrData>() else {
            return Err(vm.new_type_error(format!(
                "write() argument must be str, not {}",
                line.class().name()
            )));
        };
        if fd == 0 {
            return Err(unsupported(vm, "not writable"));
        }
        write_fd(fd, &std_text(vm, s, fd)?);
    }
    Ok(vm.none.clone())
}

fn stream_flush(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    stream_closed_check(vm, args)?;
    let _ = std::io::stdout().flush();
    Ok(vm.none.clone())
}

fn stream_fileno(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    Ok(vm.new_int(fd as i64))
}

fn is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

fn stream_isatty(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    Ok(vm.new_bool(is_tty(fd)))
}

fn stream_readable(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    Ok(vm.new_bool(fd == 0))
}

fn stream_writable(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    Ok(vm.new_bool(fd != 0))
}

fn stream_seekable(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    stream_closed_check(vm, args)?;
    Ok(vm.new_bool(false))
}

fn stream_close(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(s) = args.first().and_then(|s| s.downcast::<StdStream>()) {
        let _ = std::io::stdout().flush();
        s.closed.set(true);
    }
    Ok(vm.none.clone())
}

/// `reconfigure(**kwargs)`: the standard streams are always UTF-8 and keep their settings.
fn stream_reconfigure(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    stream_closed_check(vm, args)?;
    if args.len() - kw.len() > 1 {
        return Err(vm.new_type_error("reconfigure() takes no positional arguments"));
    }
    Ok(vm.none.clone())
}

fn stream_enter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    stream_closed_check(vm, args)?;
    Ok(args[0].clone())
}

fn stream_exit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    stream_close(vm, &args[..1], kw)
}

fn size_arg(vm: &Vm, args: &[Value]) -> PyResult<i64> {
    match args.get(1) {
        Some(v) if !vm.is_none(v) => Ok(vm.index_to_isize(v)? as i64),
        _ => Ok(-1),
    }
}

/// Reads one line (up to `limit` characters when not negative) from the process's stdin.
fn stdin_readline(vm: &Vm, limit: i64) -> PyResult<String> {
    use std::io::BufRead;
    let mut stdin = std::io::stdin().lock();
    let mut out: Vec<u8> = Vec::new();
    loop {
        let buf = stdin
            .fill_buf()
            .map_err(|e| crate::exceptions_attrs::os_error_from_io(vm, &e, None))?;
        if buf.is_empty() {
            break;
        }
        let mut take = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => i + 1,
            None => buf.len(),
        };
        if limit >= 0 {
            let have = String::from_utf8_lossy(&out).chars().count() as i64;
            let room = (limit - have).max(0) as usize;
            let chunk = String::from_utf8_lossy(&buf[..take]);
            if chunk.chars().count() > room {
                let bytes: usize = chunk.chars().take(room).map(|c| c.len_utf8()).sum();
                take = bytes.min(take);
            }
        }
        let done = take > 0 && buf[take - 1] == b'\n';
        out.extend_from_slice(&buf[..take]);
        stdin.consume(take);
        if done || take == 0 {
            break;
        }
        if limit >= 0 && String::from_utf8_lossy(&out).chars().count() as i64 >= limit {
            break;
        }
    }
    crate::bytesmethods::decode(vm, &out, "utf-8", "strict")
}

fn stream_readline(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let limit = size_arg(vm, args)?;
    Ok(vm.new_string(stdin_readline(vm, limit)?))
}

fn stream_read(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let limit = size_arg(vm, args)?;
    let mut out = String::new();
    loop {
        let room = if limit < 0 {
            -1
        } else {
            limit - out.chars().count() as i64
        };
        if room == 0 {
            break;
        }
        let line = stdin_readline(vm, room)?;
        if line.is_empty() {
            break;
        }
        out.push_str(&line);
    }
    Ok(vm.new_string(out))
}

fn stream_readlines(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_closed_check(vm, args)?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let mut lines = Vec::new();
    loop {
        let line = stdin_readline(vm, -1)?;
        if line.is_empty() {
            break;
        }
        lines.push(vm.new_string(line));
    }
    Ok(vm.new_list(lines))
}

fn stream_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    stream_closed_check(vm, args)?;
    Ok(args[0].clone())
}

fn stream_next(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let line = stream_readline(vm, &args[..1], kw)?;
    if line
        .downcast::<StrData>()
        .is_some_and(|s| s.char_len() == 0)
    {
        return Err(vm.new_stop_iteration(None));
    }
    Ok(line)
}

fn stream_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = stream_fd(args);
    let (name, mode) = match fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    Ok(vm.new_string(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

fn get_encoding(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn get_errors(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(stdio_errors(stream_fd(std::slice::from_ref(v)))))
}

fn get_line_buffering(vm: &Vm, v: &Value) -> PyResult<Value> {
    let fd = stream_fd(std::slice::from_ref(v));
    Ok(vm.new_bool(fd == 2 || is_tty(fd)))
}

fn get_false(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(false))
}

fn get_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(
        v.downcast::<StdStream>()
            .map(|s| s.closed.get())
            .unwrap_or(false),
    ))
}

fn get_none(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.none.clone())
}

fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(match stream_fd(std::slice::from_ref(v)) {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }))
}

fn get_mode(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(if stream_fd(std::slice::from_ref(v)) == 0 {
        "r"
    } else {
        "w"
    }))
}

/// `sys.stdout.buffer`: a `_io.BufferedWriter` (or Reader) over the descriptor, made on
/// first use.
fn get_buffer(vm: &Vm, v: &Value) -> PyResult<Value> {
    let Some(s) = v.downcast::<StdStream>() else {
        return Ok(vm.none.clone());
    };
    if let Some(b) = s.buffer.borrow().clone() {
        return Ok(b);
    }
    let io = crate::import::import_module(vm, "_io")?;
    let fileio = vm.getattr_str(&io, "FileIO")?;
    let (mode, cls) = if s.fd == 0 {
        ("rb", "BufferedReader")
    } else {
        ("wb", "BufferedWriter")
    };
    let raw = vm.call(
        &fileio,
        &[
            vm.new_int(s.fd as i64),
            vm.new_str(mode),
            vm.new_bool(false),
        ],
        &[],
    )?;
    let label = ["<stdin>", "<stdout>", "<stderr>"][s.fd.clamp(0, 2) as usize];
    vm.setattr(&raw, &vm.intern("name"), Some(vm.new_str(label)))?;
    // Writes go straight through (a buffer of one byte), so that bytes written to
    // `sys.stdout.buffer` and text written to `sys.stdout` keep their order.
    let size = vm.new_int(if s.fd == 0 { 8192 } else { 1 });
    let b = vm.call(&vm.getattr_str(&io, cls)?, &[raw, size], &[])?;
    *s.buffer.borrow_mut() = Some(b.clone());
    Ok(b)
}

fn sys_intern(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [v] = args else {
        return Err(vm.new_type_error(format!(
            "intern() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    if !std::ptr::eq(v.class(), vm.types.str) {
        return Err(vm.new_type_error(if v.class().is_subtype(vm.types.str) {
            format!("can't intern {}", v.class().name())
        } else {
            format!("intern() argument must be str, not {}", v.class().name())
        }));
    }
    match v.downcast_ref::<StrData>() {
        Some(s) => Ok(vm.intern_existing(&s).into_value()),
        None => Err(vm.new_type_error("intern() argument must be str")),
    }
}

/// The size CPython 3.12 reports for built-in objects (`__sizeof__` of the C structures).
fn builtin_sizeof(vm: &Vm, v: &Value) -> Option<i64> {
    use crate::objects::{bytes::BytesData, complex::ComplexData, float::FloatData, int::IntData};
    use crate::objects::{dict::DictData, list::ListData, set::SetData, tuple::TupleData};
    if v.class().is_heap() {
        return None;
    }
    if v.as_small_int().is_some() || v.downcast::<IntData>().is_some() {
        let bits = match v.as_small_int() {
            Some(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            None => v.downcast::<IntData>().map(|i| i.0.bits()).unwrap_or(0),
        };
        return Some(24 + 4 * bits.div_ceil(30).max(1) as i64);
    }
    if !std::ptr::eq(v.class(), v.class()) {
        return None;
    }
    let cls = v.class();
    if cls.is_heap() {
        return None;
    }
    if let Some(s) = v.downcast::<StrData>() {
        let n = s.char_len() as i64;
        let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
        return Some(match max {
            0..=0x7f => 40 + n + 1,
            0x80..=0xff if n == 1 => 61,
            0x80..=0xff => 57 + n,
            0x100..=0xffff => 58 + 2 * n,
            _ => 60 + 4 * n,
        });
    }
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(33 + b.0.len() as i64);
    }
    if let Some(t) = v.downcast::<TupleData>() {
        return Some(40 + 8 * t.items().len() as i64);
    }
    if let Some(l) = v.downcast::<ListData>() {
        return Some(56 + 8 * l.items.borrow().len() as i64);
    }
    if v.downcast::<FloatData>().is_some() {
        return Some(24);
    }
    if v.downcast::<ComplexData>().is_some() {
        return Some(32);
    }
    if v.downcast::<DictData>().is_some() {
        return Some(64);
    }
    if let Some(s) = v.downcast::<SetData>() {
        return Some(16 + crate::setmethods::sizeof(s));
    }
    if vm.is_none(v) || std::ptr::eq(cls, vm.types.object) {
        return Some(16);
    }
    None
}

fn sys_getsizeof(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.new_type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    if let Some(n) = builtin_sizeof(vm, v) {
        return Ok(vm.new_int(n));
    }
    let size = match v.class().lookup(&vm.intern("__sizeof__")) {
        Some(m) => vm.call_found(v, m, &[]),
        None => Err(vm.new_type_error("object has no __sizeof__")),
    };
    let size = match size {
        Ok(s) => s,
        Err(e) => match args.get(1) {
            Some(d) if e.class().is_subtype(vm.types.exc.type_error) => return Ok(d.clone()),
            _ => return Err(e),
        },
    };
    let n = vm.index_to_isize(&size)? as i64;
    if n < 0 {
        return Err(vm.new_value_error("__sizeof__() should return >= 0"));
    }
    let gc = if crate::gc::is_tracked(v) || v.class().is_heap() {
        16
    } else {
        0
    };
    // CPython: typeobject.c _PyType_PreHeaderSize: instances with a managed dict or weak list
    // carry two more pointers before the object.
    // Only a dict or weak list that a class statement added counts (built-in bases keep
    // theirs inside the object).
    let cls = v.class();
    let inherited = cls
        .mro()
        .iter()
        .find(|b| !b.is_heap())
        .map_or(0, |b| b.layout_flags);
    let flags = crate::object::layout_flags::HAS_WEAKLIST & !inherited;
    let pre = if cls.is_heap() && cls.layout_flags & flags != 0 {
        16
    } else {
        0
    };
    Ok(vm.new_int(n + gc + pre))
}

fn sys_getdefaultencoding(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn sys_getfilesystemencodeerrors(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str("surrogateescape"))
}

fn sys_false(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bool(false))
}

fn sys_getswitchinterval(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_float(0.005))
}

fn sys_set_int_max_str_digits(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let value = match (
        npos,
        kw.first()
            .and_then(|k| k.downcast::<crate::objects::str::StrData>()),
    ) {
        (1, None) => args[0].clone(),
        (0, Some(k)) if k.as_str() == "maxdigits" => args[0].clone(),
        (0, Some(k)) => {
            return Err(vm.new_type_error(format!(
                "set_int_max_str_digits() got an unexpected keyword argument '{}'",
                k.as_str()
            )))
        }
        _ => {
            return Err(vm.new_type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
    };
    let n = vm.index_to_isize(&value)?;
    if n != 0 && n < 640 {
        return Err(vm.new_value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::builtins::INT_MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(vm.none.clone())
}

fn sys_get_int_max_str_digits(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(crate::builtins::int_max_str_digits() as i64))
}

/// `sys.breakpointhook(*args, **kws)`: the debugger `$PYTHONBREAKPOINT` names
/// (`pdb.set_trace` by default, none for `0`), called with the arguments.
// CPython: sysmodule.c sys_breakpointhook
fn sys_breakpointhook(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let var = crate::initconfig::python_env("PYTHONBREAKPOINT").unwrap_or_default();
    let target = if var.is_empty() {
        "pdb.set_trace"
    } else if var == "0" {
        return Ok(vm.none.clone());
    } else {
        var.as_str()
    };
    let (module, attr) = match target.rfind('.') {
        None => ("builtins", target),
        Some(0) => return breakpoint_unimportable(vm, target),
        Some(i) => (&target[..i], &target[i + 1..]),
    };
    let m = match crate::import::import_module(vm, module) {
        Ok(m) => m,
        Err(e) if e.class().is_subtype(vm.types.exc.import_error) => {
            return breakpoint_unimportable(vm, target)
        }
        Err(e) => return Err(e),
    };
    let hook = match vm.getattr_str(&m, attr) {
        Ok(h) => h,
        Err(e) if e.class().is_subtype(vm.types.exc.attribute_error) => {
            return breakpoint_unimportable(vm, target)
        }
        Err(e) => return Err(e),
    };
    vm.call(&hook, args, kw)
}

fn breakpoint_unimportable(vm: &Vm, target: &str) -> PyResult<Value> {
    crate::impmodule::warn(
        vm,
        vm.types.exc.runtime_warning,
        &format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{target}\""),
        1,
    )?;
    Ok(vm.none.clone())
}

/// `sys.copyright`.
const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("intern", sys_intern),
    ("getsizeof", sys_getsizeof),
    ("breakpointhook", sys_breakpointhook),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("getfilesystemencoding", sys_getdefaultencoding),
    ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
    ("gettrace", crate::legacy_tracing::sys_gettrace),
    ("getprofile", crate::legacy_tracing::sys_getprofile),
    ("settrace", crate::legacy_tracing::sys_settrace),
    ("setprofile", crate::legacy_tracing::sys_setprofile),
    ("is_finalizing", sys_false),
    ("getswitchinterval", sys_getswitchinterval),
    ("exit", sys_exit),
    ("displayhook", sys_displayhook),
    ("unraisablehook", sys_unraisablehook),
    ("addaudithook", sys_addaudithook),
    ("audit", sys_audit),
    ("_getframe", sys_getframe),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("getrefcount", sys_getrefcount),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    (
        "set_asyncgen_hooks",
        crate::genobject::sys_set_asyncgen_hooks,
    ),
    (
        "get_asyncgen_hooks",
        crate::genobject::sys_get_asyncgen_hooks,
    ),
];

/// Makes the `sys` module and registers it in `sys.modules`.
pub fn init(vm: &Vm, argv: &[String], path0: &str) {
    let m = crate::import::new_module(vm, "sys");
    let d = m
        .downcast::<ModuleData>()
        .map(|m| m.dict.clone())
        .expect("a module");
    crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
    d.set_str(vm, &vm.intern("copyright"), vm.new_str(COPYRIGHT));
    for name in ["displayhook", "unraisablehook", "breakpointhook"] {
        if let Some(hook) = d.get_str(&vm.intern(name)) {
            d.set_str(vm, &vm.intern(&format!("__{name}__")), hook);
        }
    }
    d.set_str(vm, &vm.intern("float_repr_style"), vm.new_str("short"));
    let argv: Vec<Value> = argv.iter().map(|a| vm.new_str(a)).collect();
    d.set_str(vm, &vm.intern("argv"), vm.new_list(argv));
    // `-P` and `-I` leave the script's directory (or the current one) off the path.
    let mut path = if crate::initconfig::get().safe_path {
        vec![]
    } else {
        vec![vm.new_str(path0)]
    };
    if let Some(lib) = vm.lib_dir.borrow().as_ref() {
        path.push(vm.new_str(lib));
    }
    d.set_str(vm, &vm.intern("path"), vm.new_list(path));
    // The installation prefix is the directory two levels above the standard library
    // (`<prefix>/lib/python3.12`), as CPython's getpath computes it.
    let prefix = vm
        .lib_dir
        .borrow()
        .as_ref()
        .and_then(|lib| {
            let p = std::path::Path::new(lib);
            p.parent()
                .and_then(|q| q.parent())
                .map(|q| q.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "/usr/local".to_string());
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        d.set_str(vm, &vm.intern(name), vm.new_str(&prefix));
    }
    d.set_str(vm, &vm.intern("platlibdir"), vm.new_str("lib"));
    // A release build of CPython: no ABI flags (CPython: sysmodule.c, ABIFLAGS).
    d.set_str(vm, &vm.intern("abiflags"), vm.new_str(""));
    d.set_str(vm, &vm.intern("pycache_prefix"), vm.none.clone());
    d.set_str(vm, &vm.intern("modules"), vm.modules.to_value());
    d.set_str(vm, &vm.intern("maxsize"), vm.new_int(i64::MAX));
    d.set_str(vm, &vm.intern("byteorder"), vm.new_str("little"));
    d.set_str(vm, &vm.intern("platform"), vm.new_str("linux"));
    d.set_str(vm, &vm.intern("maxunicode"), vm.new_int(0x10ffff));
    d.set_str(vm, &vm.intern("hexversion"), vm.new_int(0x030c01f0));
    d.set_str(vm, &vm.intern("api_version"), vm.new_int(1013));
    d.set_str(
        vm,
        &vm.intern("version"),
        vm.new_str("3.12.1 (main, ouro) [rustc]"),
    );
    d.set_str(
        vm,
        &vm.intern("dont_write_bytecode"),
        vm.new_bool(dont_write_bytecode()),
    );
    for name in ["meta_path", "path_hooks"] {
        d.set_str(vm, &vm.intern(name), vm.new_list(vec![]));
    }
    let o = crate::initconfig::get();
    let warnoptions = crate::initconfig::warnoptions()
        .iter()
        .map(|w| vm.new_str(w))
        .collect();
    d.set_str(vm, &vm.intern("warnoptions"), vm.new_list(warnoptions));
    let xoptions = vm.new_dict();
    for x in &o.xoptions {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (k, vm.new_str(v)),
            None => (x.as_str(), vm.true_.clone()),
        };
        xoptions.set_str(vm, &vm.intern(k), v);
    }
    d.set_str(vm, &vm.intern("_xoptions"), xoptions.into_value());
    d.set_str(
        vm,
        &vm.intern("meta_path"),
        crate::importlib_bootstrap::initial_meta_path(vm),
    );
    d.set_str(
        vm,
        &vm.intern("path_importer_cache"),
        vm.new_dict().into_value(),
    );
    let orig: Vec<Value> = std::env::args().map(|a| vm.new_str(&a)).collect();
    d.set_str(vm, &vm.intern("orig_argv"), vm.new_list(orig));
    if let Ok(exe) = std::env::current_exe() {
        d.set_str(
            vm,
            &vm.intern("executable"),
            vm.new_str(&exe.to_string_lossy()),
        );
    }
    let names: Vec<Value> = crate::config::names()
        .iter()
        .map(|n| vm.new_str(n))
        .collect();
    d.set_str(vm, &vm.intern("builtin_module_names"), vm.new_tuple(names));
    // The struct sequences and `stdlib_module_names` are made on first use (compiling and
    // building them costs start-up time).
    d.set_str(
        vm,
        &vm.intern("__getattr__"),
        new_module_function(vm, "__getattr__", sys_getattr, None),
    );
    let ty = crate::types::stream_type(vm);
    let methods: &[(&'static str, NativeFn)] = &[
        ("write", stream_write),
        ("writelines", stream_writelines),
        ("flush", stream_flush),
        ("fileno", stream_fileno),
        ("isatty", stream_isatty),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("seekable", stream_seekable),
        ("close", stream_close),
        ("read", stream_read),
        ("readline", stream_readline),
        ("readlines", stream_readlines),
        ("reconfigure", stream_reconfigure),
        ("__enter__", stream_enter),
        ("__exit__", stream_exit),
        ("__iter__", stream_iter),
        ("__next__", stream_next),
        ("__repr__", stream_repr),
    ];
    for (name, f) in methods {
        crate::objects::builtin::add_method(vm, ty, name, *f);
    }
    use crate::objects::descr::add_getset;
    add_getset(vm, ty, "encoding", get_encoding, None);
    add_getset(vm, ty, "errors", get_errors, None);
    add_getset(vm, ty, "line_buffering", get_line_buffering, None);
    add_getset(vm, ty, "write_through", get_false, None);
    add_getset(vm, ty, "closed", get_closed, None);
    add_getset(vm, ty, "newlines", get_none, None);
    add_getset(vm, ty, "name", get_name, None);
    add_getset(vm, ty, "mode", get_mode, None);
    add_getset(vm, ty, "buffer", get_buffer, None);
    ty.dict.set_str(vm, &vm.names.__module__, vm.new_str("_io"));
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = crate::object::alloc_object(
            ty,
            StdStream {
                fd,
                closed: std::cell::Cell::new(false),
                buffer: std::cell::RefCell::new(None),
            },
        )
        .into_value();
        d.set_str(vm, &vm.intern(name), s.clone());
        d.set_str(vm, &vm.intern(&format!("__{name}__")), s);
    }
    vm.modules.set_str(vm, &vm.intern("sys"), m.clone());
    vm.modules.set_str(
        vm,
        &vm.intern("builtins"),
        crate::object::alloc_object(
            vm.types.module,
            ModuleData {
                dict: vm.builtins.clone(),
            },
        )
        .into_value(),
    );
    *vm.sys.borrow_mut() = Some(m);
}

/// Python source of the struct sequences (`sys.version_info`, `sys.flags`, ...) and
/// `sys.implementation`, run once when `sys` is made. CPython: Objects/structseq.c.
const STRUCTSEQ_DEF: &str = r#"
def _structseq(module, name, fields, n_seq=None):
    # A tuple subclass with read-only named fields; fields past n_seq are not items of the
    # tuple (struct_time's tm_zone, tm_gmtoff) and default to None.
    n = len(fields)
    if n_seq is None:
        n_seq = n
    qualname = module + "." + name
    def __new__(cls, sequence, dict=None):
        try:
            iter(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        seq = tuple(sequence)
        ln = len(seq)
        if n_seq == n and ln != n:
            raise TypeError(f"{qualname}() takes a {n}-sequence ({ln}-sequence given)")
        if ln < n_seq:
            raise TypeError(f"{qualname}() takes an at least {n_seq}-sequence ({ln}-sequence given)")
        if ln > n:
            raise TypeError(f"{qualname}() takes an at most {n}-sequence ({ln}-sequence given)")
        self = tuple.__new__(cls, seq[:n_seq])
        for i in range(n_seq, n):
            v = seq[i] if i < ln else (dict.get(fields[i]) if dict else None)
            object.__setattr__(self, "_" + fields[i], v)
        return self
    def __repr__(self):
        parts = []
        for i in range(n_seq):
            parts.append(fields[i] + "=" + repr(self[i]))
        return qualname + "(" + ", ".join(parts) + ")"
    def __reduce__(self):
        extra = {}
        for i in range(n_seq, n):
            extra[fields[i]] = getattr(self, fields[i])
        return (cls, (tuple(self), extra))
    ns = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
          "n_fields": n, "n_sequence_fields": n_seq, "n_unnamed_fields": 0,
          "__module__": module, "__match_args__": tuple(fields[:n_seq])}
    for i in range(n):
        if i < n_seq:
            ns[fields[i]] = _structseq_field(fields[i], i)
        else:
            ns[fields[i]] = property(lambda self, f="_" + fields[i]: self.__dict__.get(f))
    cls = type(name, (tuple,), ns)
    return cls

"#;

/// The struct sequences of `sys` and `sys.implementation`, made with STRUCTSEQ_DEF.
const STRUCTSEQ_SRC: &str = r#"
version_info = _structseq("sys", "version_info", ("major", "minor", "micro", "releaselevel", "serial"))((3, 12, 1, "final", 0))
float_info = _structseq("sys", "float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _structseq("sys", "int_info", ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"))((30, 4, 4300, 640))
hash_info = _structseq("sys", "hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"))((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
thread_info = _structseq("sys", "thread_info", ("name", "lock", "version"))(("pthread", "semaphore", _thread_version))
flags = _structseq("sys", "flags", ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"))((_debug, 0, 0, _optimize, _dont_write_bytecode, _no_user_site, _no_site, _ignore_environment, _verbose, _bytes_warning, _quiet, _hash_randomization, _isolated, _dev_mode, _utf8_mode, 0, _safe_path, 4300))

UnraisableHookArgs = _structseq("sys", "UnraisableHookArgs", ("exc_type", "exc_value", "exc_traceback", "err_msg", "object"))
UnraisableHookArgs.__module__ = "builtins"
_namespace_repr_running = set()
class SimpleNamespace:
    # types.SimpleNamespace (CPython: Objects/namespaceobject.c).
    __module__ = "types"
    __slots__ = ("__dict__", "__weakref__")
    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)
    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _namespace_repr_running:
            return name + "(...)"
        _namespace_repr_running.add(key)
        try:
            d = self.__dict__
            parts = []
            for k in d:
                if type(k) is str:
                    parts.append(k + "=" + repr(d[k]))
            return name + "(" + ", ".join(parts) + ")"
        finally:
            _namespace_repr_running.discard(key)
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
    def __reduce__(self):
        return (type(self), (), self.__dict__)
implementation = SimpleNamespace()
implementation.name = "ouro"
implementation.cache_tag = "ouro-312"
implementation.version = version_info
implementation.hexversion = 0x030c01f0
implementation._multiarch = "x86_64-linux-gnu"
"#;

const STRUCTSEQ_NAMES: [&str; 7] = [
    "version_info",
    "float_info",
    "int_info",
    "hash_info",
    "flags",
    "implementation",
    "thread_info",
];

/// The module `__getattr__` of `sys` (PEP 562): makes the struct sequences when first asked.
fn sys_getattr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(|n| n.downcast::<StrData>())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let sys = vm.sys.borrow().clone();
    let dict = sys
        .as_ref()
        .and_then(|m| m.downcast::<ModuleData>())
        .map(|m| m.dict.clone());
    if let Some(d) = dict {
        if name == "stdlib_module_names" {
            let v = stdlib_module_names(vm);
            d.set_str(vm, &vm.intern(&name), v.clone());
            return Ok(v);
        }
        if STRUCTSEQ_NAMES.contains(&name.as_str()) {
            if d.get_str(&vm.intern(&name)).is_none() {
                init_structseqs(vm, &d);
            }
            if let Some(v) = d.get_str(&vm.intern(&name)) {
                return Ok(v);
            }
        }
    }
    Err(vm.new_exception_msg(
        vm.types.exc.attribute_error,
        format!("module 'sys' has no attribute '{name}'"),
    ))
}

/// Makes the attributes of sys that are made on first use (for `dir(sys)`).
pub(crate) fn make_lazy_attributes(vm: &Vm, d: &crate::objects::dict::DictRef) {
    if d.get_str(&vm.intern(STRUCTSEQ_NAMES[0])).is_none() {
        init_structseqs(vm, d);
    }
    let key = vm.intern("stdlib_module_names");
    if d.get_str(&key).is_none() {
        d.set_str(vm, &key, stdlib_module_names(vm));
    }
}

/// `sys.stdlib_module_names`, made on first use (some three hundred strings in a frozenset).
fn stdlib_module_names(vm: &Vm) -> Value {
    let names: Vec<Value> = crate::stdlib_module_names::STDLIB_MODULE_NAMES
        .iter()
        .map(|n| vm.new_str(n))
        .collect();
    crate::ops::new_frozenset(vm, names)
}

/// `_structseq_field(name, index)`: the read-only member descriptor of a struct sequence's
/// field (CPython: the READONLY members structseq.c makes).
fn structseq_field(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(name), Some(index)) = (args.first(), args.get(1)) else {
        return Err(vm.new_type_error("_structseq_field(name, index)"));
    };
    let name = name
        .downcast::<StrData>()
        .map(|s| vm.intern(s.as_str()))
        .ok_or_else(|| vm.new_type_error("field name must be str"))?;
    let index = vm.index_to_isize(index)? as usize;
    Ok(crate::object::alloc_object(
        vm.types.member_descriptor,
        crate::objects::descr::MemberDescrData {
            name,
            owner: 0,
            index,
            tuple_item: true,
        },
    )
    .into_value())
}

/// PYTHONDONTWRITEBYTECODE set to a non-empty string (CPython: config.write_bytecode).
fn dont_write_bytecode() -> bool {
    crate::initconfig::get().dont_write_bytecode
        || crate::initconfig::python_env("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty())
}

/// A new struct sequence type `module.name` with `fields`, of which the first `n_seq` are
/// items of the tuple (CPython: PyStructSequence_NewType).
pub fn structseq_type(
    vm: &Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    n_seq: usize,
) -> PyResult<Value> {
    let ns = run_structseq_source(vm, "")
        .ok_or_else(|| vm.new_runtime_error("cannot make struct sequences"))?;
    let make = ns
        .get_str(&vm.intern("_structseq"))
        .ok_or_else(|| vm.new_runtime_error("cannot make struct sequences"))?;
    let fields = vm.new_tuple(fields.iter().map(|f| vm.new_str(f)).collect());
    vm.call(
        &make,
        &[
            vm.new_str(module),
            vm.new_str(name),
            fields,
            vm.new_int(n_seq as i64),
        ],
        &[],
    )
}

/// Runs STRUCTSEQ_DEF followed by `src` in a fresh namespace, which it returns.
fn run_structseq_source(vm: &Vm, src: &str) -> Option<crate::objects::dict::DictRef> {
    let source = format!("{STRUCTSEQ_DEF}\n{src}");
    let code = ouro_compiler::compile_module(&source, "<structseq>", 0).ok()?;
    let ns = vm.new_dict();
    ns.set_str(vm, &vm.names.__builtins__, vm.builtins.to_value());
    ns.set_str(vm, &vm.names.__name__, vm.new_str("sys"));
    ns.set_str(
        vm,
        &vm.intern("_structseq_field"),
        new_module_function(vm, "_structseq_field", structseq_field, None),
    );
    ns.set_str(
        vm,
        &vm.intern("_dont_write_bytecode"),
        vm.new_int(i64::from(dont_write_bytecode())),
    );
    ns.set_str(
        vm,
        &vm.intern("_utf8_mode"),
        vm.new_int(i64::from(utf8_mode())),
    );
    ns.set_str(
        vm,
        &vm.intern("_thread_version"),
        match crate::fileutils::pthread_version() {
            Some(v) => vm.new_str(&v),
            None => vm.none.clone(),
        },
    );
    // The command line's options (`initconfig`).
    let o = crate::initconfig::get();
    let ints = [
        ("_debug", o.debug),
        ("_optimize", o.optimize),
        ("_no_user_site", u32::from(o.no_user_site)),
        ("_no_site", u32::from(o.no_site)),
        ("_ignore_environment", u32::from(o.ignore_environment)),
        ("_verbose", o.verbose),
        ("_bytes_warning", o.bytes_warning),
        ("_quiet", u32::from(o.quiet)),
        ("_isolated", u32::from(o.isolated)),
    ];
    for (k, v) in ints {
        ns.set_str(vm, &vm.intern(k), vm.new_int(i64::from(v)));
    }
    let bools = [
        ("_dev_mode", crate::initconfig::xoption("dev").is_some()),
        ("_safe_path", o.safe_path),
    ];
    for (k, v) in bools {
        ns.set_str(vm, &vm.intern(k), vm.new_bool(v));
    }
    // sys.flags.hash_randomization is 0 only when PYTHONHASHSEED is "0".
    let fixed_seed = crate::initconfig::hash_seed_env().is_some_and(|v| v == "0");
    ns.set_str(
        vm,
        &vm.intern("_hash_randomization"),
        vm.new_int(i64::from(!fixed_seed)),
    );
    let code = crate::objects::code::from_code_object(vm, &std::rc::Rc::new(code));
    let frame = crate::ceval::Frame::new(
        code,
        ns.clone(),
        vm.builtins.clone(),
        Some(ns.to_value()),
        None,
    );
    crate::ceval::run(vm, frame).ok()?;
    Some(ns)
}

thread_local! {
    /// `sys.UnraisableHookArgs`, which CPython does not export from `sys` either.
    static UNRAISABLE_HOOK_ARGS: std::cell::RefCell<Option<Value>> =
        const { std::cell::RefCell::new(None) };
}

/// The type of the argument of `sys.unraisablehook`.
pub fn unraisable_hook_args_type(vm: &Vm) -> Option<Value> {
    if let Some(t) = UNRAISABLE_HOOK_ARGS.with(|t| t.borrow().clone()) {
        return Some(t);
    }
    let d = vm
        .sys
        .borrow()
        .as_ref()
        .and_then(|m| m.downcast::<ModuleData>())
        .map(|m| m.dict.clone())?;
    init_structseqs(vm, &d);
    UNRAISABLE_HOOK_ARGS.with(|t| t.borrow().clone())
}

fn init_structseqs(vm: &Vm, d: &crate::objects::dict::DictRef) {
    let Some(ns) = run_structseq_source(vm, STRUCTSEQ_SRC) else {
        return;
    };
    if let Some(t) = ns.get_str(&vm.intern("UnraisableHookArgs")) {
        UNRAISABLE_HOOK_ARGS.with(|u| *u.borrow_mut() = Some(t));
    }
    for name in STRUCTSEQ_NAMES {
        if let Some(v) = ns.get_str(&vm.intern(name)) {
            d.set_str(vm, &vm.intern(name), v);
        }
    }
}
