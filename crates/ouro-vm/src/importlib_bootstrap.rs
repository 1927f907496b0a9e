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

/// Sets `__spec__` and `__loader__` of a standard library module that CPython freezes,
/// loaded from `path` (CPython: `_init_module_attrs` of a FrozenImporter spec).
pub fn init_frozen_module(vm: &Vm, md: &DictRef, name: &str, path: &str) -> PyResult<()> {
    let f = prelude_fn(vm, "_frozen_spec")?;
    let r = vm.call(&f, &[vm.new_str(name), vm.new_str(path)], &[])?;
    let items = vm.collect(&r)?;
    let [spec, loader] = items.as_slice() else {
        return Ok(());
    };
    md.set_str(vm, &vm.names.__loader__, loader.clone());
    md.set_str(vm, &vm.names.__spec__, spec.clone());
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

/// The names of CPython's default finders, in the order of `sys.meta_path`.
const FINDERS: [(&str, &str); 3] = [
    ("BuiltinImporter", "_frozen_importlib"),
    ("FrozenImporter", "_frozen_importlib"),
    ("PathFinder", "_frozen_importlib_external"),
];

/// `sys.meta_path` at start-up: classes named as CPython's default finders, which stand for
/// ouro's own search until importlib replaces them with its finders.
pub fn initial_meta_path(vm: &Vm) -> Value {
    let mut items = Vec::new();
    for (name, module) in FINDERS {
        let ns = vm.new_dict();
        ns.set_str(vm, &vm.names.__module__, vm.new_str(module));
        let made = vm.call(
            &vm.types.type_.to_value(),
            &[vm.new_str(name), vm.empty_tuple.clone(), ns.into_value()],
            &[],
        );
        if let Ok(c) = made {
            items.push(c);
        }
    }
    DEFAULT_FINDERS.with(|d| *d.borrow_mut() = items.clone());
    vm.new_list(items)
}

/// Installs importlib's finders (CPython: `_bootstrap._install` and
/// `_bootstrap_external._install`): they take the places of the start-up stand-ins in
/// `sys.meta_path` (or go at its end), become the finders ouro's search stands for, and the
/// modules loaded so far get importlib's own specs.
pub fn install_importlib(vm: &Vm, bootstrap: &Value, external: &Value) -> PyResult<()> {
    let install = vm.getattr_str(external, "_install")?;
    vm.call(&install, &[bootstrap.clone()], &[])?;
    let mut real = Vec::new();
    for (i, (name, _)) in FINDERS.iter().enumerate() {
        let owner = if i < 2 { bootstrap } else { external };
        real.push(vm.getattr_str(owner, name)?);
    }
    let stand_ins = DEFAULT_FINDERS.with(|d| d.borrow().clone());
    let sys = vm.sys.borrow().clone();
    if let Some(sys) = sys {
        let mp = vm.getattr_str(&sys, "meta_path")?;
        if let Some(list) = mp.downcast::<ListData>() {
            let items = list.snapshot();
            let had_stand_ins = items.iter().any(|x| stand_ins.iter().any(|s| s.is(x)));
            // `_install` appended PathFinder: drop that copy, it goes where it belongs.
            let mut out: Vec<Value> = Vec::new();
            for x in items {
                if x.is(&real[2]) {
                    continue;
                }
                match stand_ins.iter().position(|s| s.is(&x)) {
                    Some(i) => out.push(real[i].clone()),
                    None => out.push(x),
                }
            }
            if !had_stand_ins {
                out.extend(real.iter().cloned());
            }
            list.replace_all(out);
        }
    }
    DEFAULT_FINDERS.with(|d| *d.borrow_mut() = real);
    if let Some(sys) = vm.sys.borrow().clone() {
        let hooks = vm.getattr_str(&sys, "path_hooks")?;
        if let Some(l) = hooks.downcast::<ListData>() {
            DEFAULT_HOOKS.with(|d| *d.borrow_mut() = l.snapshot());
        }
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

/// Which of the default finders `f` is (0 built-in, 1 frozen, 2 path), if any.
fn default_index(f: &Value) -> Option<usize> {
    DEFAULT_FINDERS.with(|d| d.borrow().iter().position(|x| x.is(f)))
}

thread_local! {
    /// `sys.path_hooks` as importlib installed it.
    static DEFAULT_HOOKS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Whether `sys.path_hooks` holds a hook importlib did not install: then importlib's
/// PathFinder, which consults the hooks, must search `sys.path` instead of ouro.
fn hooks_customized(vm: &Vm) -> PyResult<bool> {
    let sys = vm.sys.borrow().clone();
    let Some(sys) = sys else { return Ok(false) };
    let Some(hooks) = vm.getattr_opt(&sys, &vm.intern("path_hooks"))? else {
        return Ok(false);
    };
    let Some(hooks) = hooks.downcast::<ListData>().map(|l| l.snapshot()) else {
        return Ok(true);
    };
    Ok(DEFAULT_HOOKS.with(|d| {
        let d = d.borrow();
        hooks.iter().any(|h| !d.iter().any(|x| x.is(h)))
    }))
}

/// The outcome of consulting `sys.meta_path`.
pub enum MetaPathResult {
    /// A finder's spec was loaded: the module.
    Found(Value),
    /// ouro's own search is to load the module.
    Native,
    /// No finder found the module.
    NotFound,
}

/// Consults `sys.meta_path` in order (CPython: `_find_spec`): importlib's default finders
/// stand for ouro's own search (`native_finds(false)` asks whether it finds a built-in
/// module, `native_finds(true)` whether it finds the module on the path), any other finder's
/// `find_spec` is called and the spec it returns is loaded (CPython: `_load_unlocked`).
pub fn find_with_meta_path(
    vm: &Vm,
    name: &str,
    parent_path: Option<&Value>,
    native_finds: impl Fn(bool) -> bool,
) -> PyResult<MetaPathResult> {
    let Some(mut finders) = meta_path(vm)? else {
        return Ok(MetaPathResult::Native);
    };
    let fast = finders.len() == 3
        && finders
            .iter()
            .enumerate()
            .all(|(i, f)| default_index(f) == Some(i));
    let custom_hooks = hooks_customized(vm)?;
    if fast && !custom_hooks {
        return Ok(MetaPathResult::Native);
    }
    if custom_hooks && DEFAULT_HOOKS.with(|d| d.borrow().is_empty()) {
        // The hooks belong to importlib's PathFinder: install importlib first.
        crate::import::import_module(vm, "importlib")?;
        finders = meta_path(vm)?.unwrap_or_default();
    }
    for finder in finders {
        match default_index(&finder) {
            Some(0) => {
                if native_finds(false) {
                    return Ok(MetaPathResult::Native);
                }
                continue;
            }
            Some(1) => continue,
            Some(_) if !custom_hooks => {
                if native_finds(true) {
                    return Ok(MetaPathResult::Native);
                }
                continue;
            }
            _ => {}
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
        return vm.call(&load, &[spec], &[]).map(MetaPathResult::Found);
    }
    Ok(MetaPathResult::NotFound)
}
