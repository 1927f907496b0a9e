//! The `_imp` module: what importlib's bootstrap asks the interpreter about built-in and
//! frozen modules (ouro freezes none), the import lock (one thread: a counter), and the few
//! helpers `importlib._bootstrap_external` calls. With it, `importlib`, `inspect`,
//! `dataclasses` and `unittest` import. CPython: Python/import.c (the `_imp` functions).

use std::cell::Cell;

use crate::object::Value;
use crate::objects::builtin::{new_module_function, NativeFn};
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// Depth of the (re-entrant, single-thread) import lock.
    static LOCK_DEPTH: Cell<usize> = const { Cell::new(0) };
}

fn str_arg(vm: &Vm, fname: &str, args: &[Value], i: usize) -> PyResult<String> {
    match args.get(i).and_then(|v| v.downcast::<StrData>()) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.new_type_error(format!(
            "{fname}() argument {} must be str, not {}",
            i + 1,
            args.get(i)
                .map_or("nothing".to_string(), |v| v.class().name().to_string())
        ))),
    }
}

/// `is_builtin(name)`: 1 for a built-in module, -1 for `sys` and `builtins` (which cannot be
/// made again), 0 otherwise.
fn is_builtin(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = str_arg(vm, "is_builtin", args, 0)?;
    let r = if name == "sys" || name == "builtins" {
        -1
    } else if crate::config::find(&name).is_some() {
        1
    } else {
        0
    };
    Ok(vm.new_int(r))
}

/// `create_builtin(spec)`: the built-in module `spec.name`.
fn create_builtin(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(spec) = args.first() else {
        return Err(vm.new_type_error("create_builtin() takes exactly one argument (0 given)"));
    };
    let name = vm.getattr_str(spec, "name")?;
    let Some(n) = name.downcast::<StrData>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error("name must be string"));
    };
    if let Some(m) = vm.modules.get_str(&vm.intern(&n)) {
        if n == "sys" || n == "builtins" {
            return Ok(m);
        }
    }
    match crate::builtins::builtin_module(vm, &n)? {
        Some(m) => Ok(m),
        None => Err(vm.new_exception_msg(
            vm.types.exc.import_error,
            format!("no built-in module named {n}"),
        )),
    }
}

fn return_zero(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(0))
}

fn return_none(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.none.clone())
}

fn return_false(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.false_.clone())
}

/// `find_frozen(name)` and friends: ouro has no frozen modules.
fn no_frozen(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(|v| v.downcast::<StrData>())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Err(vm.new_exception_msg(
        vm.types.exc.import_error,
        format!("No such frozen object named '{name}'"),
    ))
}

fn extension_suffixes(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_list(
        [".cpython-312-x86_64-linux-gnu.so", ".abi3.so", ".so"]
            .iter()
            .map(|s| vm.new_str(s))
            .collect(),
    ))
}

/// `create_dynamic(spec)`: ouro loads no C extension modules.
fn create_dynamic(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = match args.first() {
        Some(spec) => vm.str(&vm.getattr_str(spec, "name")?)?,
        None => String::new(),
    };
    Err(vm.new_exception_msg(
        vm.types.exc.import_error,
        format!("ouro cannot load C extension modules ({name})"),
    ))
}

fn acquire_lock(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    LOCK_DEPTH.with(|d| d.set(d.get() + 1));
    Ok(vm.none.clone())
}

fn release_lock(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let held = LOCK_DEPTH.with(|d| {
        let n = d.get();
        if n > 0 {
            d.set(n - 1);
        }
        n > 0
    });
    if !held {
        return Err(vm.new_runtime_error("not holding the import lock"));
    }
    Ok(vm.none.clone())
}

fn lock_held(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bool(LOCK_DEPTH.with(|d| d.get() > 0)))
}

/// `source_hash(key, source)`: SipHash-1-3 of the source keyed by `key`, as 8 little-endian
/// bytes (hash-based .pyc files).
fn source_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut key = args.first().filter(|_| npos > 0).cloned();
    let mut source = args.get(1).filter(|_| npos > 1).cloned();
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("key") => key = Some(v.clone()),
            Some("source") => source = Some(v.clone()),
            _ => return Err(vm.new_type_error("source_hash() got an unexpected keyword argument")),
        }
    }
    let (Some(key), Some(source)) = (key, source) else {
        return Err(vm.new_type_error("source_hash() missing required argument"));
    };
    let k = vm.index_to_isize(&key)? as u64;
    let data = crate::bytesmethods::bytes_like(&source)
        .ok_or_else(|| vm.new_type_error("a bytes-like object is required"))?;
    let h = ouro_bytecode::pyhash::siphash13(k, 0, &data);
    Ok(crate::ops::new_bytes(vm, h.to_le_bytes().to_vec()))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("is_builtin", is_builtin),
    ("create_builtin", create_builtin),
    ("exec_builtin", return_zero),
    ("exec_dynamic", return_zero),
    ("create_dynamic", create_dynamic),
    ("is_frozen", return_false),
    ("is_frozen_package", no_frozen),
    ("find_frozen", return_none),
    ("get_frozen_object", no_frozen),
    ("init_frozen", no_frozen),
    ("_frozen_module_names", return_none),
    ("_fix_co_filename", return_none),
    ("_override_frozen_modules_for_tests", return_zero),
    ("_override_multi_interp_extensions_check", return_zero),
    ("extension_suffixes", extension_suffixes),
    ("acquire_lock", acquire_lock),
    ("release_lock", release_lock),
    ("lock_held", lock_held),
    ("source_hash", source_hash),
];

/// Makes the `_imp` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_imp");
    if let Some(md) = m.downcast::<ModuleData>() {
        crate::objects::builtin::add_module_functions(vm, &md.dict, Some(&m), FUNCTIONS);
        md.dict.set_str(
            vm,
            &vm.intern("check_hash_based_pycs"),
            vm.new_str("default"),
        );
    }
    m
}

/// `_warnings.warn(message, category=None, stacklevel=1, source=None)`: hands the warning to
/// the pure-Python `warnings` module (ouro's `_warnings` has only this function, so
/// `warnings.py` keeps its own filters).
fn warnings_warn(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "warnings")?;
    let f = vm.getattr_str(&m, "warn")?;
    vm.call(&f, args, kw)
}

/// Issues a warning of `category` from native code, as CPython's `PyErr_WarnEx` does: the
/// pure-Python `warnings.warn` applies the filters (an error filter makes this fail).
pub fn warn(
    vm: &Vm,
    category: &'static crate::object::Obj<crate::typeobject::TypeData>,
    message: &str,
    stacklevel: i64,
) -> PyResult<()> {
    // Without the standard library's `warnings` there are no filters to apply; the default
    // ones would ignore a warning attributed to `sys`.
    let Ok(m) = crate::import::import_module(vm, "warnings") else {
        return Ok(());
    };
    let sys = vm.sys.borrow().clone();
    let has_getframe = match &sys {
        Some(s) => vm.getattr_str(s, "_getframe").is_ok(),
        None => false,
    };
    if has_getframe {
        let f = vm.getattr_str(&m, "warn")?;
        vm.call(
            &f,
            &[
                vm.new_str(message),
                category.to_value(),
                vm.new_int(stacklevel),
            ],
            &[],
        )?;
        return Ok(());
    }
    // Without frames to look at, attribute the warning to `sys`, as `warnings.warn` does when
    // the stack is not deep enough (CPython: _warnings.c setup_context without a frame).
    let Some(sys) = sys else {
        return Ok(());
    };
    let globals = crate::ops::instance_dict(vm, &sys, false)
        .ok_or_else(|| vm.new_runtime_error("sys has no __dict__"))?;
    let key = vm.intern("__warningregistry__");
    let registry = match globals.get_str(&key) {
        Some(r) => r,
        None => {
            let r = vm.new_dict().to_value();
            globals.set_str(vm, &key, r.clone());
            r
        }
    };
    let f = vm.getattr_str(&m, "warn_explicit")?;
    vm.call(
        &f,
        &[
            vm.new_str(message),
            category.to_value(),
            vm.new_str("sys"),
            vm.new_int(1),
            vm.new_str("sys"),
            registry,
            globals.to_value(),
        ],
        &[],
    )?;
    Ok(())
}

/// Hands the warnings the compiler queued (see `ouro_compiler::warnings`) to
/// `warnings.warn_explicit`, as CPython's `compiler_warn` does while it compiles: no module
/// (derived from the file name) and no registry.
pub fn emit_compile_warnings(vm: &Vm) -> PyResult<()> {
    let pending = ouro_compiler::warnings::take();
    if pending.is_empty() {
        return Ok(());
    }
    let m = crate::import::import_module(vm, "warnings")?;
    let f = vm.getattr_str(&m, "warn_explicit")?;
    for w in pending {
        let category = match w.category {
            ouro_compiler::warnings::WarningCategory::SyntaxWarning => {
                vm.types.exc.syntax_warning.to_value()
            }
            ouro_compiler::warnings::WarningCategory::DeprecationWarning => {
                // Warned from where the compiler runs; when the filters make it an error,
                // CPython leaves the expression unfolded and drops the error.
                let _ = warn(vm, vm.types.exc.deprecation_warning, &w.message, 1);
                continue;
            }
        };
        let r = vm.call(
            &f,
            &[
                vm.new_str(&w.message),
                category,
                vm.new_str(&w.filename),
                vm.new_int(w.lineno as i64),
            ],
            &[],
        );
        if let Err(e) = r {
            // A warning the filters made an error becomes a SyntaxError at its place.
            if e.class().is_subtype(vm.types.exc.syntax_warning) {
                let ce = ouro_compiler::CompileError::syntax(w.message, w.location);
                return Err(crate::pythonrun::syntax_error_in(
                    vm,
                    &ce,
                    &w.filename,
                    "",
                    true,
                ));
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Makes the `_warnings` module (CPython: Python/_warnings.c).
pub fn make_warnings(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_warnings");
    if let Some(md) = m.downcast::<ModuleData>() {
        md.dict.set_str(
            vm,
            &vm.intern("warn"),
            new_module_function(vm, "warn", warnings_warn, None),
        );
    }
    m
}
