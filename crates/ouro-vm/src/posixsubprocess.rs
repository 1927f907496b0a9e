//! The `_posixsubprocess` module: `fork_exec`, which `subprocess.Popen` calls to start a child
//! with its standard streams redirected and reports exec failures through the error pipe.
//! CPython: Modules/_posixsubprocess.c. The arguments are converted here; the fork and the
//! child's steps are `fileutils::fork_exec`'s.

use std::ffi::CString;

use crate::fileutils;
use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};

/// A str or bytes-like argument as a C string (str is UTF-8 with surrogateescape, as
/// `os.fsencode`).
fn c_string(vm: &Vm, v: &Value, what: &str) -> PyResult<CString> {
    let bytes = if let Some(s) = crate::ops::str_of(v) {
        s.as_bytes().to_vec()
    } else if let Some(b) = crate::bytesmethods::bytes_like(v) {
        b
    } else {
        let p = crate::posixmodule::fspath(vm, v)?;
        match crate::ops::str_of(&p) {
            Some(s) => s.as_bytes().to_vec(),
            None => crate::bytesmethods::bytes_like(&p).unwrap_or_default(),
        }
    };
    CString::new(bytes).map_err(|_| vm.new_value_error(format!("embedded null byte in {what}")))
}

fn c_strings(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<CString>> {
    vm.collect(v)?
        .iter()
        .map(|x| c_string(vm, x, what))
        .collect()
}

fn int_of(vm: &Vm, v: &Value) -> PyResult<i32> {
    i32::try_from(vm.index_to_isize(v)?)
        .map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))
}

/// `fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite,
/// c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
/// call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork)`.
/// CPython: _posixsubprocess.c subprocess_fork_exec_impl.
fn fork_exec(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("fork_exec() takes no keyword arguments"));
    }
    if args.len() != 23 {
        return Err(vm.new_type_error(format!(
            "fork_exec expected 23 arguments, got {}",
            args.len()
        )));
    }
    let close_fds = vm.is_true(&args[2])?;
    let pass_fds: Vec<i32> = vm
        .collect(&args[3])?
        .iter()
        .map(|v| int_of(vm, v))
        .collect::<PyResult<_>>()?;
    if close_fds && args[13].as_small_int().is_some_and(|n| n < 3) {
        return Err(vm.new_value_error("errpipe_write must be >= 3"));
    }
    if !vm.is_none(&args[21]) {
        return Err(vm.new_runtime_error("preexec_fn not supported by ouro"));
    }
    let argv = if vm.is_none(&args[0]) {
        Vec::new()
    } else {
        c_strings(vm, &args[0], "args")?
    };
    let executables = c_strings(vm, &args[1], "executable")?;
    let cwd = if vm.is_none(&args[4]) {
        None
    } else {
        Some(c_string(vm, &args[4], "cwd")?)
    };
    let envp = if vm.is_none(&args[5]) {
        None
    } else {
        Some(c_strings(vm, &args[5], "env")?)
    };
    let fd = |i: usize| int_of(vm, &args[i]);
    let plan = fileutils::ChildPlan {
        executables,
        argv,
        envp,
        cwd,
        stdio: [fd(6)?, fd(9)?, fd(11)?],
        close_fds: vec![fd(7)?, fd(8)?, fd(10)?, fd(12)?],
        close_all: close_fds,
        pass_fds,
        errpipe_write: fd(13)?,
        start_new_session: vm.is_true(&args[15])?,
        umask: fd(20)?,
    };
    let pid = fileutils::fork_exec(&plan)
        .map_err(|e| crate::exceptions_attrs::os_error_from_io(vm, &e, None))?;
    Ok(vm.new_int(pid as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("fork_exec", fork_exec)];

/// Makes the `_posixsubprocess` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_posixsubprocess");
    if let Some(md) = m.downcast::<ModuleData>() {
        crate::objects::builtin::add_module_functions(vm, &md.dict, Some(&m), FUNCTIONS);
    }
    m
}
