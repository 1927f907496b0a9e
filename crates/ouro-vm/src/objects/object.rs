//! `object`, the root of every class, and the singletons `None`, `NotImplemented` and `...`.
//! Instances of classes made by `class` statements whose nearest built-in base is `object` carry
//! an `ObjectData`: the values of their `__slots__` (the `__dict__` lives in the pre-header).
//! CPython: Objects/object.c, Objects/typeobject.c (object_*).

use std::cell::Cell;

use crate::object::{Payload, Value};
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

pub struct ObjectData {
    pub slots: Box<[Cell<Option<Value>>]>,
}

impl ObjectData {
    #[inline]
    pub fn new(nslots: usize) -> ObjectData {
        if nslots == 0 {
            return ObjectData {
                slots: Box::new([]),
            };
        }
        ObjectData {
            slots: (0..nslots).map(|_| Cell::new(None)).collect(),
        }
    }
}

impl Payload for ObjectData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for s in self.slots.iter() {
            let v = s.take();
            if let Some(v) = &v {
                visit(v);
            }
            s.set(v);
        }
    }
    fn clear(&self) {
        for s in self.slots.iter() {
            drop(s.take());
        }
    }
}

pub struct NoneData;
impl Payload for NoneData {}
pub struct NotImplementedData;
impl Payload for NotImplementedData {}
pub struct EllipsisData;
impl Payload for EllipsisData {}

pub fn init(vm: &Vm) {
    crate::ops::init_object_methods(vm);
}

fn obj_set_class(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(x) = x else {
        return Err(vm.new_type_error("can't delete __class__ attribute"));
    };
    let Some(new) = x.downcast_ref::<TypeData>() else {
        return Err(vm.new_type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            x.class().name()
        )));
    };
    let old = v.class();
    let module_like = new.is_subtype(vm.types.module) && old.is_subtype(vm.types.module);
    if !(new.is_heap() && old.is_heap()) && !module_like {
        return Err(vm.new_type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_layout = new.payload.id == old.payload.id
        && new.layout_flags == old.layout_flags
        && new.nslots == old.nslots
        && new.slot_names == old.slot_names;
    if !same_layout {
        return Err(vm.new_type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            old.name()
        )));
    }
    v.set_class(new);
    Ok(())
}

fn obj_get_class(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.class().to_value())
}

pub(crate) fn obj_get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    match crate::ops::instance_dict(vm, v, true) {
        Some(d) => Ok(d.into_value()),
        None => Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            v.class().name()
        ))),
    }
}

pub(crate) fn obj_set_dict(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(x) = x else {
        return Err(vm.new_type_error("cannot delete __dict__"));
    };
    if !x.class().is_subtype(vm.types.dict) {
        return Err(vm.new_type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            x.class().name()
        )));
    }
    let Some(slot) = v.managed_dict() else {
        return Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            v.class().name()
        )));
    };
    let old = slot.replace(Some(x));
    drop(old);
    Ok(())
}

/// `object.__lt__` and friends: always NotImplemented.
fn obj_cmp_notimpl(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

/// `object.__getstate__()`: the instance dict (None when empty) plus slot values.
fn obj_getstate(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(o) = args.first() else {
        return Err(vm.new_type_error("__getstate__ needs an argument"));
    };
    let dict = crate::ops::instance_dict(vm, o, false)
        .filter(|d| !d.items().is_empty())
        .map(|d| d.into_value());
    let ty = o.class();
    let mut slots = Vec::new();
    if let Some(od) = o.downcast::<ObjectData>() {
        let mut names: Vec<std::rc::Rc<str>> = Vec::new();
        for t in ty.mro().iter().rev() {
            names.extend(t.slot_names.iter().cloned());
        }
        for (i, n) in names.iter().enumerate() {
            if let Some(cell) = od.slots.get(i) {
                let v = cell.take();
                cell.set(v.clone());
                if let Some(v) = v {
                    slots.push((n.clone(), v));
                }
            }
        }
    }
    if slots.is_empty() {
        return Ok(dict.unwrap_or_else(|| vm.none.clone()));
    }
    let sd = vm.new_dict();
    for (n, v) in slots {
        sd.set_str(vm, &vm.intern(&n), v);
    }
    Ok(vm.new_tuple(vec![
        dict.unwrap_or_else(|| vm.none.clone()),
        sd.into_value(),
    ]))
}

/// `copyreg.__newobj__(cls, *args)`, which `__reduce_ex__` names as the constructor.
fn newobj(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.new_type_error("__newobj__ needs a class"));
    };
    let new = vm.getattr(cls, &vm.names.__new__)?;
    vm.call(&new, args, kw)
}

/// `object.__reduce_ex__(protocol)` for protocols 2 and up (CPython `reduce_newobj`).
fn obj_reduce_ex(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(o) = args.first() else {
        return Err(vm.new_type_error("__reduce_ex__ needs an argument"));
    };
    // An overridden `__reduce__` takes precedence (CPython `object___reduce_ex___impl`).
    let reduce_name = vm.intern("__reduce__");
    if let Some(r) = o.class().lookup(&reduce_name) {
        let base = vm.types.object.dict.get_str(&reduce_name);
        if !base.as_ref().is_some_and(|b| b.is(&r)) {
            let f = vm.getattr(o, &reduce_name)?;
            return vm.call(&f, &[], &[]);
        }
    }
    // Protocols 0 and 1 go through `copyreg._reduce_ex` (CPython `_common_reduce`).
    if let Some(p) = args.get(1) {
        let proto = vm.index_to_isize(p)?;
        if proto < 2 {
            return copyreg_reduce_ex(vm, o, proto);
        }
    }
    let f = crate::objects::builtin::new_module_function(vm, "__newobj__", newobj, None);
    let mut newargs = vec![o.class().to_value()];
    if let Some(g) = vm.getattr_opt(o, &vm.intern("__getnewargs__"))? {
        let extra = vm.call(&g, &[], &[])?;
        let Some(t) = extra.downcast::<crate::objects::tuple::TupleData>() else {
            return Err(vm.new_type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                extra.class().name()
            )));
        };
        newargs.extend(t.items().iter().cloned());
    }
    let state = vm.call_method(o, &vm.intern("__getstate__"), &[])?;
    // List and dict subclasses also pass their items. CPython: typeobject.c reduce_newobj.
    let listitems = if o.downcast::<crate::objects::list::ListData>().is_some() {
        vm.iter(o)?
    } else {
        vm.none.clone()
    };
    let dictitems = if o.downcast::<crate::objects::dict::DictData>().is_some() {
        let items = vm.call_method(o, &vm.intern("items"), &[])?;
        vm.iter(&items)?
    } else {
        vm.none.clone()
    };
    Ok(vm.new_tuple(vec![f, vm.new_tuple(newargs), state, listitems, dictitems]))
}

/// `object.__reduce__()`: `copyreg._reduce_ex(self, 0)` (CPython `object___reduce___impl`).
fn obj_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(o) = args.first() else {
        return Err(vm.new_type_error("__reduce__ needs an argument"));
    };
    copyreg_reduce_ex(vm, o, 0)
}

/// `copyreg._reduce_ex(o, proto)`: the reduction of protocols 0 and 1.
fn copyreg_reduce_ex(vm: &Vm, o: &Value, proto: isize) -> PyResult<Value> {
    let import = vm
        .builtins
        .get_str(&vm.intern("__import__"))
        .ok_or_else(|| vm.new_name_error("__import__"))?;
    let copyreg = vm.call(&import, &[vm.new_str("copyreg")], &[])?;
    let f = vm.getattr_str(&copyreg, "_reduce_ex")?;
    vm.call(&f, &[o.clone(), vm.new_int(proto as i64)], &[])
}

/// `object.__subclasshook__(cls, sub)`: NotImplemented (the default of ABCs' hook).
fn obj_subclasshook(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn obj_sizeof(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(o) = args.first() else {
        return Err(vm.new_type_error("__sizeof__ needs an argument"));
    };
    let t = o.class();
    // CPython: typeobject.c object___sizeof___impl (basic size plus items of var-sized types).
    let basic = t
        .mro()
        .iter()
        .filter(|b| !b.is_heap())
        .find_map(|b| builtin_basicsize(&b.name()))
        .unwrap_or(16);
    let items = match o.downcast::<crate::objects::tuple::TupleData>() {
        Some(tup) => 8 * tup.items().len(),
        None => 0,
    };
    Ok(vm.new_int((basic + items + 8 * t.nslots) as i64))
}

/// `__basicsize__` of CPython 3.12's built-in types on 64-bit platforms, for the types whose
/// instances `object.__sizeof__` measures (exceptions not listed have their base's size).
fn builtin_basicsize(name: &str) -> Option<usize> {
    Some(match name {
        "object" => 16,
        "int" | "bool" | "float" | "tuple" => 24,
        "complex" | "classmethod" | "staticmethod" | "filter" | "map" | "reversed" => 32,
        "bytes" => 33,
        "list" | "slice" | "super" => 40,
        "dict" | "range" | "zip" => 48,
        "bytearray" | "enumerate" => 56,
        "property" | "str" => 64,
        "BaseException" => 72,
        "NameError" | "StopIteration" | "SystemExit" | "UnboundLocalError" => 80,
        "AttributeError" | "BaseExceptionGroup" => 88,
        "ImportError" => 104,
        "OSError" | "UnicodeDecodeError" | "UnicodeEncodeError" | "UnicodeTranslateError" => 112,
        "SyntaxError" => 136,
        "memoryview" => 144,
        "set" | "frozenset" => 200,
        _ => return None,
    })
}

fn singleton_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(t) = args.first().and_then(|a| a.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("__new__ needs a type"));
    };
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.new_type_error(format!("{} takes no arguments", t.name())));
    }
    let v = if std::ptr::eq(t, vm.none.class()) {
        vm.none.clone()
    } else if std::ptr::eq(t, vm.ellipsis.class()) {
        vm.ellipsis.clone()
    } else {
        vm.not_implemented.clone()
    };
    Ok(v)
}

fn singleton_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_else(|| vm.none.clone());
    Ok(vm.new_str(if v.is(&vm.none) {
        "None"
    } else if v.is(&vm.ellipsis) {
        "Ellipsis"
    } else {
        "NotImplemented"
    }))
}

fn none_bool(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.false_.clone())
}

fn notimpl_bool(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // CPython: object.c notimplemented_bool.
    crate::impmodule::warn(
        vm,
        vm.types.exc.deprecation_warning,
        "NotImplemented should not be used in a boolean context",
        1,
    )?;
    Ok(vm.true_.clone())
}

/// Registers the object attributes that the data model needs beyond the core dunders.
pub fn init_object_attrs(vm: &Vm) {
    use crate::objects::builtin::{add_method, add_staticmethod};
    use crate::objects::descr::add_getset;
    let t = vm.types;
    add_getset(
        vm,
        t.object,
        "__class__",
        obj_get_class,
        Some(obj_set_class),
    );
    for ty in [
        t.function,
        t.classmethod,
        t.staticmethod,
        t.exc.base_exception,
        t.module,
    ] {
        add_getset(vm, ty, "__dict__", obj_get_dict, Some(obj_set_dict));
    }
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(vm, t.object, name, obj_cmp_notimpl);
    }
    add_method(vm, t.object, "__getstate__", obj_getstate);
    add_method(vm, t.object, "__reduce_ex__", obj_reduce_ex);
    add_method(vm, t.object, "__sizeof__", obj_sizeof);
    add_method(vm, t.object, "__reduce__", obj_reduce);
    crate::objects::builtin::add_classmethod(vm, t.object, "__subclasshook__", obj_subclasshook);
    if t.object.dict.get_str(&vm.names.__doc__).is_none() {
        t.object.dict.set_str(
            vm,
            &vm.names.__doc__,
            vm.new_str(
                "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments \
                 and returns a new featureless\ninstance that has no instance attributes and \
                 cannot be given any.\n",
            ),
        );
    }
    add_staticmethod(vm, t.none, "__new__", singleton_new);
    add_staticmethod(vm, t.ellipsis, "__new__", singleton_new);
    add_staticmethod(vm, t.not_implemented, "__new__", singleton_new);
    add_method(vm, t.none, "__bool__", none_bool);
    for ty in [t.none, t.ellipsis, t.not_implemented] {
        add_method(vm, ty, "__repr__", singleton_repr);
    }
    add_method(vm, t.ellipsis, "__reduce__", singleton_repr);
    add_method(vm, t.not_implemented, "__reduce__", singleton_repr);
    add_method(vm, t.not_implemented, "__bool__", notimpl_bool);
}
