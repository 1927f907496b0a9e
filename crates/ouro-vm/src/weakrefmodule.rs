//! The `_weakref` module: `ref` (the `weakref.ReferenceType` type), `proxy`, the proxy types,
//! `getweakrefcount`, `getweakrefs` and `_remove_dead_weakref`. The objects themselves are in
//! weakrefobject.rs. CPython: Modules/_weakref.c.

use crate::object::{weak_refs_of, Value};
use crate::objects::builtin::NativeFn;
use crate::objects::dict::DictData;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};
use crate::weakrefobject::{weak_types, WeakRefData};

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "_weakref.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

/// `getweakrefcount(object)`: how many weak references and proxies refer to `object`.
fn getweakrefcount(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ob = one_arg(vm, "getweakrefcount", args, kw)?;
    Ok(vm.new_int(weak_refs_of(ob).len() as i64))
}

/// `getweakrefs(object)`: the list of weak references and proxies to `object`.
fn getweakrefs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ob = one_arg(vm, "getweakrefs", args, kw)?;
    Ok(vm.new_list(weak_refs_of(ob)))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weak reference.
// CPython: _weakref.c _weakref__remove_dead_weakref_impl
fn remove_dead_weakref(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "_remove_dead_weakref expected 2 arguments, got {}",
            args.len()
        )));
    }
    let Some(d) = args[0].downcast::<DictData>() else {
        return Err(vm.new_type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            args[0].class().name()
        )));
    };
    let key = &args[1];
    if let Some(v) = d.get_item(vm, key)? {
        let Some(w) = v.downcast::<WeakRefData>() else {
            return Err(vm.new_type_error("not a weakref"));
        };
        if w.get().is_none() {
            d.remove_item(vm, key)?;
        }
    }
    Ok(vm.none.clone())
}

fn proxy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::weakrefobject::proxy_new(vm, args, kw)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_remove_dead_weakref", remove_dead_weakref),
    ("getweakrefcount", getweakrefcount),
    ("getweakrefs", getweakrefs),
    ("proxy", proxy),
];

/// Makes the `_weakref` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_weakref");
    let t = weak_types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        for (name, ty) in [
            ("ref", t.ref_),
            ("ReferenceType", t.ref_),
            ("ProxyType", t.proxy),
            ("CallableProxyType", t.callable_proxy),
        ] {
            d.set_str(vm, &vm.intern(name), ty.to_value());
        }
    }
    m
}
