//! The parts of importlib's protocol that ouro's native import (import.rs) follows: the
//! `__spec__`/`__loader__`/`__cached__` of the modules it loads (stand-in classes from
//! importlib_bootstrap_prelude.py until importlib itself is imported, importlib's own after),
//! and the finders of `sys.meta_path`, which the `import` statement consults in order, ouro's
//! own search standing where importlib's default finders stand. CPython:
//! Lib/importlib/_bootstrap.py `_find_spec`, `_find_and_load_unlocked`, `_load_unlocked`,
//! `_init_module_attrs` (the behaviour, not the code).

use std::cell::RefCell;

use crate::object::Value;
use crate::objects::dict::DictRef;
use crate::objects::list::ListData;
use crate::vm::{PyResult, Vm};

const PRELUDE: &str = include_str!("importlib_bootstrap_prelude.py");

thread_local! {
    /// The namespace of the stand-in specs and loaders, made on first use.
    static PRELUDE_NS: RefCell<Option<DictRef>> = const { RefCell::new(None) };
    /// The finders importlib put in `sys.meta_path` when it was installed: ouro's own search
    /// takes their place.
    static DEFAULT_FINDERS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

fn prelude(vm: &Vm) -> DictRef {
    if let Some(d) = PRELUDE_NS.with(|p| p.borrow().clone()) {
        return d;
    }
    let d = vm.new_dict();
    d.set_str(vm, &vm.names.__name__, vm.new_str("_frozen_importlib"));
    crate::posixmodule::run_prelude(vm, &d, PRELUDE, "<ouro:importlib_bootstrap>");
    PRELUDE_NS.with(|p| *p.borrow_mut() = Some(d.clone()));
    d
}

fn prelude_fn(vm: &Vm, name: &str) -> PyResult<Value> {
    prelude(vm)
        .get_str(&vm.intern(name))
        .ok_or_else(|| vm.new_runtime_error(format!("importlib stand-in {name} missing")))
}

/// Sets `__spec__`, `__loader__` and `__cached__` of a module loaded from the source file
/// `path` (`pkg_dir` for a package), as `_init_module_attrs` does.
pub fn init_file_module(
    vm: &Vm,
    md: &DictRef,
    name: &str,
    path: &str,
    pkg_dir: Option<&str>,
) -> PyResult<()> {
    let f = prelude_fn(vm, "_file_spec")?;
    let pkg = match pkg_dir {
        Some(p) => vm.new_str(p),
        None => vm.none.clone(),
    };
    let r = vm.call(&f, &[vm.new_str(name), vm.new_str(path), pkg], &[])?;
    let items = vm.collect(&r)?;
    let [spec, loader] = items.as_slice() else {
        return Ok(());
    };
    md.set_str(vm, &vm.names.__loader__, loader.clone());
    let cached = vm.getattr_str(spec, "cached")?;
    md.set_str(vm, &vm.names.__spec__, spec.clone());
    md.set_str(vm, &vm.intern("__cached__"), cached);
    Ok(())
}

/// Sets `__spec__` and `__loader__` of a built-in module.
pub fn init_builtin_module(vm: &Vm, m: &Value, name: &str) -> PyResult<()> {
    let Some(md) = crate::ops::instance_dict(vm, m, false) else {
        return Ok(());
    };
    if md
        .get_str(&vm.names.__spec__)
        .is_some_and(|s| !vm.is_none(&s))
    {
        return Ok(());
    }
    let f = prelude_fn(vm, "_builtin_spec")?;
    let spec = vm.call(&f, &[vm.new_str(name)], &[])?;
    let loader = vm.getattr_str(&spec, "loader")?;
    md.set_str(vm, &vm.names.__spec__, spec);
    md.set_str(vm, &vm.names.__loader__, loader);
    Ok(())
}

/// Remembers importlib's default finders and gives the modules loaded so far importlib's
/// own specs (called once importlib is installed).
pub fn importlib_installed(vm: &Vm, bootstrap: &Value, external: &Value) -> PyResult<()> {
    if let Some(mp) = meta_path(vm)? {
        DEFAULT_FINDERS.with(|d| *d.borrow_mut() = mp);
    }
    let f = prelude_fn(vm, "_upgrade")?;
    vm.call(&f, &[bootstrap.clone(), external.clone()], &[])?;
    Ok(())
}

fn meta_path(vm: &Vm) -> PyResult<Option<Vec<Value>>> {
    let sys = vm.sys.borrow().clone();
    let Some(sys) = sys else { return Ok(None) };
    let Some(mp) = vm.getattr_opt(&sys, &vm.intern("meta_path"))? else {
        return Ok(None);
    };
    Ok(Some(match mp.downcast::<ListData>() {
        Some(l) => l.snapshot(),
        None => vm.collect(&mp)?,
    }))
}

fn is_default(f: &Value) -> bool {
    DEFAULT_FINDERS.with(|d| d.borrow().iter().any(|x| x.is(f)))
}

/// Consults the finders of `sys.meta_path` that are not importlib's defaults, in order
/// (CPython: `_find_spec`). `native_finds` says whether ouro's own search would find the
/// module: it stands where the first default finder stands (first when there is none).
/// Returns the module a finder's spec loaded, or None to let the native search go on.
pub fn find_with_meta_path(
    vm: &Vm,
    name: &str,
    parent_path: Option<&Value>,
    native_finds: impl Fn() -> bool,
) -> PyResult<Option<Value>> {
    let Some(finders) = meta_path(vm)? else {
        return Ok(None);
    };
    if finders.iter().all(is_default) {
        return Ok(None);
    }
    let mut native_tried = !finders.iter().any(is_default);
    if native_tried && native_finds() {
        return Ok(None);
    }
    for finder in finders {
        if is_default(&finder) {
            if !native_tried {
                native_tried = true;
                if native_finds() {
                    return Ok(None);
                }
            }
            continue;
        }
        let Some(find_spec) = vm.getattr_opt(&finder, &vm.intern("find_spec"))? else {
            continue;
        };
        let path = parent_path.cloned().unwrap_or_else(|| vm.none.clone());
        let spec = vm.call(&find_spec, &[vm.new_str(name), path, vm.none.clone()], &[])?;
        if vm.is_none(&spec) {
            continue;
        }
        let importlib = crate::import::import_module(vm, "importlib")?;
        let bootstrap = vm.getattr_str(&importlib, "_bootstrap")?;
        let load = vm.getattr_str(&bootstrap, "_load_unlocked")?;
        return vm.call(&load, &[spec], &[]).map(Some);
    }
    Ok(None)
}
