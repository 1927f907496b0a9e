//! The import system: `import`, `from ... import`, relative imports, packages, `sys.modules`,
//! finding `.py` files on `sys.path` and running them as modules. CPython: Python/import.c,
//! Lib/importlib/_bootstrap.py (the behaviour, not the code).

use crate::ceval::Frame;
use crate::object::{alloc_object, Obj, Value};
use crate::objects::dict::DictData;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

/// A new module object named `name`.
pub fn new_module(vm: &Vm, name: &str) -> Value {
    let d = vm.new_dict();
    d.set_str(vm, &vm.names.__name__, vm.new_str(name));
    d.set_str(vm, &vm.names.__doc__, vm.none.clone());
    d.set_str(vm, &vm.names.__package__, vm.none.clone());
    d.set_str(vm, &vm.names.__loader__, vm.none.clone());
    d.set_str(vm, &vm.names.__spec__, vm.none.clone());
    alloc_object(vm.types.module, ModuleData { dict: d }).into_value()
}

fn module_name_error(vm: &Vm, name: &str) -> crate::vm::PyErr {
    let e = vm.new_exception_msg(
        vm.types.exc.module_not_found_error,
        format!("No module named '{name}'"),
    );
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("name"), vm.new_str(name));
    }
    e
}

thread_local! {
    /// Names of the modules whose code is running (CPython: `__spec__._initializing`).
    static INITIALIZING: std::cell::RefCell<Vec<String>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Imports the module with absolute dotted name `name`, returning it.
pub fn import_module(vm: &Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get_str(&vm.intern(name)) {
        if vm.is_none(&m) {
            return Err(import_halted(vm, name));
        }
        return Ok(m);
    }
    let (parent, path_list) = match name.rfind('.') {
        Some(i) => {
            let parent = import_module(vm, &name[..i])?;
            if let Some(m) = vm.modules.get_str(&vm.intern(name)) {
                if vm.is_none(&m) {
                    return Err(import_halted(vm, name));
                }
                return Ok(m);
            }
            let path = vm.getattr_opt(&parent, &vm.names.__path__)?;
            let Some(path) = path else {
                return Err(vm.new_exception_msg(
                    vm.types.exc.module_not_found_error,
                    format!(
                        "No module named '{}'; '{}' is not a package",
                        name,
                        &name[..i]
                    ),
                ));
            };
            {
                // A list (or list subclass, as a namespace path) is read directly.
                let items = match path.downcast::<crate::objects::list::ListData>() {
                    Some(l) => l.snapshot(),
                    None => vm.collect(&path)?,
                };
                use crate::importlib_bootstrap::MetaPathResult;
                let found =
                    crate::importlib_bootstrap::find_with_meta_path(vm, name, Some(&path), |p| {
                        p && native_finds(name, &items, false)
                    })?;
                match found {
                    MetaPathResult::Found(m) => {
                        let last = name.rsplit('.').next().unwrap_or(name);
                        vm.setattr(&parent, &vm.intern(last), Some(m.clone()))?;
                        return Ok(m);
                    }
                    MetaPathResult::NotFound => return Err(module_name_error(vm, name)),
                    MetaPathResult::Native => {}
                }
                (Some(parent), items)
            }
        }
        None => {
            let sys_path = crate::builtins::sys_path(vm);
            use crate::importlib_bootstrap::MetaPathResult;
            let found = crate::importlib_bootstrap::find_with_meta_path(vm, name, None, |p| {
                native_finds(name, &sys_path, !p)
            })?;
            match found {
                MetaPathResult::Found(m) => return Ok(m),
                MetaPathResult::NotFound => return Err(module_name_error(vm, name)),
                MetaPathResult::Native => {}
            }
            if let Some(m) = crate::builtins::builtin_module(vm, name)? {
                vm.modules.set_str(vm, &vm.intern(name), m.clone());
                crate::importlib_bootstrap::init_builtin_module(vm, &m, name)?;
                return Ok(m);
            }
            (None, sys_path)
        }
    };
    let last = name.rsplit('.').next().unwrap_or(name);
    let mut namespace_dirs: Vec<String> = Vec::new();
    for dir in path_list {
        let Some(dir) = dir.downcast::<StrData>().map(|s| s.as_str().to_string()) else {
            continue;
        };
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        let pkg_init = format!("{dir}/{last}/__init__.py");
        let file = format!("{dir}/{last}.py");
        let (path, is_pkg) = if std::path::Path::new(&pkg_init).is_file() {
            (pkg_init, true)
        } else if std::path::Path::new(&file).is_file() {
            (file, false)
        } else {
            let sub = format!("{dir}/{last}");
            if std::path::Path::new(&sub).is_dir() {
                namespace_dirs.push(sub);
            }
            continue;
        };
        let m = new_module(vm, name);
        let md = m
            .downcast::<ModuleData>()
            .map(|m| m.dict.clone())
            .ok_or_else(|| vm.new_type_error("module"))?;
        md.set_str(vm, &vm.names.__file__, vm.new_str(&path));
        let pkg_dir = format!("{dir}/{last}");
        let frozen = !is_pkg && is_frozen_stdlib(vm, name, &dir);
        if frozen {
            crate::importlib_bootstrap::init_frozen_module(vm, &md, name, &path)?;
        } else {
            crate::importlib_bootstrap::init_file_module(
                vm,
                &md,
                name,
                &path,
                is_pkg.then_some(pkg_dir.as_str()),
            )?;
        }
        if is_pkg {
            md.set_str(
                vm,
                &vm.names.__path__,
                vm.new_list(vec![vm.new_string(pkg_dir)]),
            );
            md.set_str(vm, &vm.names.__package__, vm.new_str(name));
        } else {
            let pkg = name.rfind('.').map(|i| &name[..i]).unwrap_or("");
            md.set_str(vm, &vm.names.__package__, vm.new_str(pkg));
        }
        vm.modules.set_str(vm, &vm.intern(name), m.clone());
        INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
        let r = if frozen {
            crate::pythonrun::exec_file_named(vm, &path, &format!("<frozen {name}>"), &md)
        } else {
            crate::pythonrun::exec_file(vm, &path, &md)
        };
        INITIALIZING.with(|i| {
            let mut i = i.borrow_mut();
            if let Some(at) = i.iter().rposition(|n| n == name) {
                i.remove(at);
            }
        });
        if let Err(e) = r {
            let _ = vm.modules.remove_item(vm, &vm.new_str(name));
            return Err(e);
        }
        let m = vm.modules.get_str(&vm.intern(name)).unwrap_or(m);
        if let Some(p) = &parent {
            vm.setattr(p, &vm.intern(last), Some(m.clone()))?;
        }
        if name == "importlib" {
            install_importlib_finders(vm, &m)?;
        }
        return Ok(m);
    }
    if !namespace_dirs.is_empty() {
        return namespace_package(vm, name, parent.as_ref(), last, namespace_dirs);
    }
    Err(module_name_error(vm, name))
}

/// The standard library modules CPython 3.12 freezes into its executable (Python/frozen.c,
/// `_imp._frozen_module_names()` less the test modules and importlib's bootstrap): their code
/// is named `<frozen NAME>`, so tracebacks through them show no source lines.
const FROZEN_STDLIB: [&str; 14] = [
    "_collections_abc",
    "_sitebuiltins",
    "abc",
    "codecs",
    "genericpath",
    "importlib.machinery",
    "importlib.util",
    "io",
    "ntpath",
    "os",
    "posixpath",
    "runpy",
    "site",
    "stat",
];

/// Whether `name`, found in the folder `dir`, is one of the modules CPython freezes: the
/// standard library's own copy (not a module of that name elsewhere on the path).
fn is_frozen_stdlib(vm: &Vm, name: &str, dir: &str) -> bool {
    if !FROZEN_STDLIB.contains(&name) {
        return false;
    }
    let Some(lib) = vm.lib_dir.borrow().clone() else {
        return false;
    };
    let expected = match name.rsplit_once('.') {
        Some((pkg, _)) => format!("{lib}/{}", pkg.replace('.', "/")),
        None => lib,
    };
    std::path::Path::new(dir) == std::path::Path::new(&expected)
}

/// Once `importlib` is loaded, its finders go into `sys.meta_path` and `sys.path_hooks`, as
/// CPython's start-up installs them (`_bootstrap._install` and
/// `_bootstrap_external._install`), so that `importlib.import_module` and `find_spec` find
/// modules; the `import` statement's own search stands where they stand.
fn install_importlib_finders(vm: &Vm, importlib: &Value) -> PyResult<()> {
    let bootstrap = vm.getattr_str(importlib, "_bootstrap")?;
    let external = vm.getattr_str(importlib, "_bootstrap_external")?;
    crate::importlib_bootstrap::install_importlib(vm, &bootstrap, &external)
}

/// Whether ouro's own search finds module `name` (a built-in module when `builtin`, else a
/// source file, package or namespace directory in `dirs`), without loading it.
fn native_finds(name: &str, dirs: &[Value], builtin: bool) -> bool {
    if builtin {
        return crate::config::find(name).is_some() || name == "sys" || name == "builtins";
    }
    let last = name.rsplit('.').next().unwrap_or(name);
    dirs.iter().any(|d| {
        let Some(dir) = d.downcast::<StrData>().map(|s| s.as_str().to_string()) else {
            return false;
        };
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        let base = format!("{dir}/{last}");
        std::path::Path::new(&format!("{base}.py")).is_file()
            || std::path::Path::new(&base).is_dir()
    })
}

/// A namespace package (PEP 420): a directory without `__init__.py` on the path.
fn namespace_package(
    vm: &Vm,
    name: &str,
    parent: Option<&Value>,
    last: &str,
    dirs: Vec<String>,
) -> PyResult<Value> {
    let m = new_module(vm, name);
    let Some(md) = m.downcast::<ModuleData>().map(|m| m.dict.clone()) else {
        return Err(vm.new_type_error("module"));
    };
    let items = vm.new_list(dirs.into_iter().map(|d| vm.new_string(d)).collect());
    let path = vm.call(&namespace_path_type(vm)?, &[items], &[])?;
    md.set_str(vm, &vm.names.__path__, path);
    md.set_str(vm, &vm.names.__file__, vm.none.clone());
    md.set_str(vm, &vm.names.__package__, vm.new_str(name));
    vm.modules.set_str(vm, &vm.intern(name), m.clone());
    if let Some(p) = parent {
        vm.setattr(p, &vm.intern(last), Some(m.clone()))?;
    }
    Ok(m)
}

thread_local! {
    static NAMESPACE_PATH: std::cell::RefCell<Option<Value>> =
        const { std::cell::RefCell::new(None) };
}

/// The class of a namespace package's `__path__` (a list subclass named as CPython's).
fn namespace_path_type(vm: &Vm) -> PyResult<Value> {
    if let Some(t) = NAMESPACE_PATH.with(|n| n.borrow().clone()) {
        return Ok(t);
    }
    let ns = vm.new_dict();
    ns.set_str(
        vm,
        &vm.names.__module__,
        vm.new_str("importlib._bootstrap_external"),
    );
    let t = vm.call(
        &vm.types.type_.to_value(),
        &[
            vm.new_str("_NamespacePath"),
            vm.new_tuple(vec![vm.types.list.to_value()]),
            ns.into_value(),
        ],
        &[],
    )?;
    NAMESPACE_PATH.with(|n| *n.borrow_mut() = Some(t.clone()));
    Ok(t)
}

/// Resolves a relative import against the importing module's package.
fn resolve_name(vm: &Vm, globals: &Obj<DictData>, name: &str, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = globals
        .get_str(&vm.names.__package__)
        .and_then(|p| p.downcast::<StrData>().map(|s| s.as_str().to_string()));
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            let is_pkg = globals.get_str(&vm.names.__path__).is_some();
            let modname = globals
                .get_str(&vm.names.__name__)
                .and_then(|p| p.downcast::<StrData>().map(|s| s.as_str().to_string()))
                .unwrap_or_default();
            if is_pkg {
                modname
            } else {
                match modname.rfind('.') {
                    Some(i) => modname[..i].to_string(),
                    None => {
                        return Err(vm.new_exception_msg(
                            vm.types.exc.import_error,
                            "attempted relative import with no known parent package",
                        ))
                    }
                }
            }
        }
    };
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(vm.new_exception_msg(
                    vm.types.exc.import_error,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// The error for a module that `sys.modules` maps to None. CPython: _bootstrap._find_and_load.
fn import_halted(vm: &Vm, name: &str) -> crate::vm::PyErr {
    let e = vm.new_exception_msg(
        vm.types.exc.module_not_found_error,
        format!("import of {name} halted; None in sys.modules"),
    );
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("name"), vm.new_str(name));
    }
    e
}

/// `IMPORT_NAME`.
pub fn import_name(
    vm: &Vm,
    f: &Frame,
    name: &Obj<StrData>,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    import_name_in(vm, &f.globals, name, fromlist, level)
}

/// `__import__(name, globals, locals, fromlist, level)` with the importer's globals.
pub fn import_name_in(
    vm: &Vm,
    globals: &crate::objects::dict::DictRef,
    name: &Obj<StrData>,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = level.as_small_int().unwrap_or(0) as usize;
    let full = resolve_name(vm, globals, name.as_str(), level)?;
    let m = import_module(vm, &full)?;
    let has_fromlist = !vm.is_none(fromlist) && vm.is_true(fromlist)?;
    if has_fromlist {
        if let Some(items) = fromlist.downcast::<crate::objects::tuple::TupleData>() {
            if vm.getattr_opt(&m, &vm.names.__path__)?.is_some() {
                for it in items.items() {
                    if let Some(s) = it.downcast::<StrData>() {
                        if s.as_str() != "*" && vm.getattr_opt(&m, s)?.is_none() {
                            let sub = format!("{full}.{}", s.as_str());
                            match import_module(vm, &sub) {
                                Ok(_) => {}
                                Err(e)
                                    if e.class()
                                        .is_subtype(vm.types.exc.module_not_found_error) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
        }
        return Ok(m);
    }
    if level == 0 {
        if let Some(i) = full.find('.') {
            return import_module(vm, &full[..i]);
        }
        return Ok(m);
    }
    // `from . import x` style with no fromlist does not occur; `import .a` is a syntax error.
    Ok(m)
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &Vm, m: &Value, name: &Obj<StrData>) -> PyResult<Value> {
    if let Some(v) = vm.getattr_opt(m, name)? {
        return Ok(v);
    }
    let modname = vm
        .getattr_opt(m, &vm.names.__name__)?
        .and_then(|n| n.downcast::<StrData>().map(|s| s.as_str().to_string()));
    if let Some(mn) = &modname {
        let sub = format!("{mn}.{}", name.as_str());
        if let Some(v) = vm.modules.get_str(&vm.intern(&sub)) {
            return Ok(v);
        }
    }
    let file = vm
        .getattr_opt(m, &vm.names.__file__)?
        .and_then(|n| n.downcast::<StrData>().map(|s| s.as_str().to_string()));
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let partial = INITIALIZING.with(|i| i.borrow().iter().any(|n| *n == mn));
    let msg = match &file {
        Some(f) if partial => format!(
            "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
            name.as_str(),
            mn,
            f
        ),
        Some(f) => format!(
            "cannot import name '{}' from '{}' ({})",
            name.as_str(),
            mn,
            f
        ),
        None => format!(
            "cannot import name '{}' from '{}' (unknown location)",
            name.as_str(),
            mn
        ),
    };
    let e = vm.new_exception_msg(vm.types.exc.import_error, msg);
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("name"), vm.new_str(&mn));
        if let Some(f) = &file {
            d.set_str(vm, &vm.intern("path"), vm.new_str(f));
        }
    }
    Err(e)
}

/// `from m import *`.
pub fn import_star(vm: &Vm, f: &mut Frame, m: &Value) -> PyResult<()> {
    let target = f.locals.clone().unwrap_or_else(|| f.globals.to_value());
    let all = vm.getattr_opt(m, &vm.names.__all__)?;
    let names: Vec<Value> = match all {
        Some(a) => vm.collect(&a)?,
        None => {
            let d = crate::ops::instance_dict(vm, m, false);
            d.map(|d| d.keys())
                .unwrap_or_default()
                .into_iter()
                .filter(|k| {
                    k.downcast::<StrData>()
                        .is_some_and(|s| !s.as_str().starts_with('_'))
                })
                .collect()
        }
    };
    for n in names {
        if let Some(s) = n.downcast::<StrData>() {
            let v = vm.getattr(m, s)?;
            vm.setitem(&target, &n, Some(v))?;
        }
    }
    Ok(())
}

/// Where CPython 3.12's pure-Python standard library lives: `$OURO_PYTHON_LIB`, else the
/// usual pyenv and system locations (the first that has `os.py`).
pub fn find_lib_dir() -> Option<String> {
    if let Ok(p) = std::env::var("OURO_PYTHON_LIB") {
        if !p.is_empty() {
            return Some(p);
        }
    }
    let mut candidates = Vec::new();
    if let Ok(home) = std::env::var("HOME") {
        candidates.push(format!("{home}/.pyenv/versions/3.12.1/lib/python3.12"));
    }
    candidates.push("/root/.pyenv/versions/3.12.1/lib/python3.12".to_string());
    candidates.push("/usr/local/lib/python3.12".to_string());
    candidates.push("/usr/lib/python3.12".to_string());
    candidates
        .into_iter()
        .find(|c| std::path::Path::new(&format!("{c}/os.py")).is_file())
}
