//! The `sys` module (the parts running programs need: argv, path, modules, exit, stdout and
//! stderr, recursion limit) and writing to the standard streams. CPython: Python/sysmodule.c.

use std::io::Write;

use crate::object::Value;
use crate::objects::builtin::{new_module_function, NativeFn};
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

/// Writes to `sys.stdout` (the process's stdout unless replaced).
pub fn write_stdout(vm: &Vm, s: &str, flush: bool) -> PyResult<()> {
    write_stream(vm, "stdout", s, flush)
}

pub fn write_stderr(vm: &Vm, s: &str) -> PyResult<()> {
    write_stream(vm, "stderr", s, true)
}

fn write_stream(vm: &Vm, which: &str, s: &str, flush: bool) -> PyResult<()> {
    let sys = vm.sys.borrow().clone();
    if let Some(sys) = &sys {
        if let Some(m) = sys.downcast::<ModuleData>() {
            if let Some(f) = m.dict.get_str(&vm.intern(which)) {
                if f.downcast::<StdStream>().is_none() {
                    let w = vm.getattr(&f, &vm.names.write)?;
                    vm.call(&w, &[vm.new_str(s)], &[])?;
                    return Ok(());
                }
            }
        }
    }
    if which == "stdout" {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(s.as_bytes());
        if flush {
            let _ = out.flush();
        }
    } else {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
    Ok(())
}

/// The payload of `sys.stdout`/`sys.stderr` objects that write straight to the process streams.
pub struct StdStream {
    pub fd: i32,
}

impl crate::object::Payload for StdStream {}

fn sys_exit(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_exception(vm.types.exc.system_exit, args.to_vec()))
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

fn stream_write(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = args[0].downcast::<StdStream>().map(|s| s.fd).unwrap_or(1);
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
    if fd == 1 {
        let _ = std::io::stdout().lock().write_all(s.as_str().as_bytes());
    } else {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(s.as_str().as_bytes());
    }
    Ok(vm.new_int(s.char_len() as i64))
}

fn stream_flush(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = std::io::stdout().flush();
    Ok(vm.none.clone())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", sys_exit),
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
    for (name, f) in FUNCTIONS {
        d.set_str(
            vm,
            &vm.intern(name),
            new_module_function(vm, name, *f, None),
        );
    }
    let argv: Vec<Value> = argv.iter().map(|a| vm.new_str(a)).collect();
    d.set_str(vm, &vm.intern("argv"), vm.new_list(argv));
    let mut path = vec![vm.new_str(path0)];
    if let Some(lib) = vm.lib_dir.borrow().as_ref() {
        path.push(vm.new_str(lib));
    }
    d.set_str(vm, &vm.intern("path"), vm.new_list(path));
    d.set_str(vm, &vm.intern("modules"), vm.modules.to_value());
    d.set_str(vm, &vm.intern("maxsize"), vm.new_int(i64::MAX));
    d.set_str(vm, &vm.intern("byteorder"), vm.new_str("little"));
    d.set_str(vm, &vm.intern("platform"), vm.new_str("linux"));
    let ty = crate::types::stream_type(vm);
    crate::objects::builtin::add_method(vm, ty, "write", stream_write);
    crate::objects::builtin::add_method(vm, ty, "flush", stream_flush);
    for (name, fd) in [
        ("stdout", 1),
        ("stderr", 2),
        ("__stdout__", 1),
        ("__stderr__", 2),
    ] {
        let s = crate::object::alloc_object(ty, StdStream { fd }).into_value();
        d.set_str(vm, &vm.intern(name), s);
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
