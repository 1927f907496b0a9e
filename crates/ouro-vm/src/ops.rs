//! The object protocols that the evaluation loop and the built-ins share: attribute access
//! with descriptors, calling, binary and comparison operators with reflected operands and
//! `NotImplemented`, hashing, truth, `repr`/`str`, iteration, subscripting, `isinstance`.
//! Built-in types take fast paths; everything else goes through special methods looked up on
//! the type. CPython counterparts: Objects/abstract.c, Objects/object.c, Objects/typeobject.c
//! (slot wrappers and `type_call`).

use std::rc::Rc;

use crate::object::{alloc_object, Obj, Value};
use crate::objects::builtin::{BuiltinFunctionData, MethodDescrData};
use crate::objects::bytes::BytesData;
use crate::objects::complex::ComplexData;
use crate::objects::descr::{
    ClassMethodData, GetSetDescrData, MemberDescrData, PropertyData, StaticMethodData,
};
use crate::objects::dict::DictData;
use crate::objects::exceptions::ExceptionData;
use crate::objects::float::FloatData;
use crate::objects::function::{BoundMethodData, FunctionData};
use crate::objects::int::{as_int, IntRef};
use crate::objects::list::ListData;
use crate::objects::module::ModuleData;
use crate::objects::object::ObjectData;
use crate::objects::set::SetData;
use crate::objects::str::{StrData, StrRef};
use crate::objects::tuple::TupleData;
use crate::typeobject::TypeData;
use crate::vm::{PyErr, PyResult, Vm};

pub use crate::number::*;

// ----- constructors used by code objects -----

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    alloc_object(vm.types.complex, ComplexData { re, im }).into_value()
}

pub fn new_bytes(vm: &Vm, b: Vec<u8>) -> Value {
    alloc_object(vm.types.bytes, BytesData(b.into_boxed_slice())).into_value()
}

pub fn new_frozenset(vm: &Vm, items: Vec<Value>) -> Value {
    let s = SetData::new();
    for it in items {
        let _ = s.add(vm, it);
    }
    alloc_object(vm.types.frozenset, s).into_value()
}

pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = SetData::new();
    for it in items {
        s.add(vm, it)?;
    }
    Ok(alloc_object(vm.types.set, s).into_value())
}

// ----- attribute access -----

/// Whether `d` is a data descriptor (defines `__set__` or `__delete__`).
fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    if d.downcast::<PropertyData>().is_some()
        || d.downcast::<GetSetDescrData>().is_some()
        || d.downcast::<MemberDescrData>().is_some()
    {
        return true;
    }
    if d.downcast::<FunctionData>().is_some() || d.downcast::<MethodDescrData>().is_some() {
        return false;
    }
    let t = d.class();
    t.is_heap()
        && (t.lookup(&vm.names.__set__).is_some() || t.lookup(&vm.names.__delete__).is_some())
}

/// Whether `d`, found on a type, is read before the instance dict: a data descriptor whose
/// type also has `__get__` (one with only `__set__` leaves reads to the instance dict).
/// CPython: `tp_descr_get != NULL && PyDescr_IsData(descr)` in PyObject_GenericGetAttr and
/// type_getattro.
fn is_data_descriptor_for_get(vm: &Vm, d: &Value) -> bool {
    if !is_data_descriptor(vm, d) {
        return false;
    }
    let t = d.class();
    !t.is_heap() || t.lookup(&vm.names.__get__).is_some()
}

/// Calls `d.__get__(obj, ty)` for a descriptor found on a type, or returns `d` itself if it
/// is not a descriptor.
pub fn descr_get(vm: &Vm, d: Value, obj: Option<&Value>, ty: &Obj<TypeData>) -> PyResult<Value> {
    if d.downcast::<FunctionData>().is_some() {
        return Ok(match obj {
            Some(o) => new_bound_method(vm, d, o.clone()),
            None => d,
        });
    }
    if let Some(m) = d.downcast::<MethodDescrData>() {
        if m.is_class {
            return Ok(crate::objects::descr::bind_method(
                vm,
                &d,
                m.name,
                m.func,
                ty.to_value(),
            ));
        }
        return Ok(match obj {
            Some(o) => crate::objects::descr::bind_method(vm, &d, m.name, m.func, o.clone()),
            None => d.clone(),
        });
    }
    if let Some(p) = d.downcast::<PropertyData>() {
        let Some(o) = obj else { return Ok(d.clone()) };
        let fget = p.fget.borrow().clone();
        return match fget {
            Some(f) if !vm.is_none(&f) => vm.call(&f, &[o.clone()], &[]),
            _ => Err(vm.new_attribute_error(format!(
                "property {}of '{}' object has no getter",
                property_name(vm, p),
                o.class().name()
            ))),
        };
    }
    if let Some(c) = d.downcast::<ClassMethodData>() {
        let f = c.func.borrow().clone().unwrap_or_else(|| vm.none.clone());
        // CPython 3.12: funcobject.c cm_descr_get binds through the wrapped object's own
        // `__get__` when it has one (a wrapped property reads as a class property).
        if f.downcast::<FunctionData>().is_none() && f.class().lookup(&vm.names.__get__).is_some() {
            return descr_get(vm, f, Some(&ty.to_value()), ty);
        }
        return Ok(new_bound_method(vm, f, ty.to_value()));
    }
    if let Some(s) = d.downcast::<StaticMethodData>() {
        return Ok(s.func.borrow().clone().unwrap_or_else(|| vm.none.clone()));
    }
    if let Some(s) = d.downcast::<crate::objects::descr::SuperData>() {
        // An unbound super (`super(C)`) read through an instance binds to it: a new
        // `super(C, obj)` of the same class (CPython: super_descr_get).
        let unbound_type = match s.obj.borrow().is_none() {
            true => s.ty.borrow().clone(),
            false => None,
        };
        if let (Some(o), Some(t)) = (obj.filter(|o| !vm.is_none(o)), unbound_type) {
            return vm.call(&d.class().to_value(), &[t.to_value(), o.clone()], &[]);
        }
        return Ok(d.clone());
    }
    if let Some(g) = d.downcast::<GetSetDescrData>() {
        return match obj {
            Some(o) => (g.get)(vm, o),
            None => Ok(d.clone()),
        };
    }
    if let Some(m) = d.downcast::<MemberDescrData>() {
        let Some(o) = obj else { return Ok(d.clone()) };
        if m.tuple_item {
            let item = o
                .downcast::<crate::objects::tuple::TupleData>()
                .and_then(|t| t.items().get(m.index).cloned());
            return item.ok_or_else(|| vm.new_type_error("descriptor does not apply"));
        }
        if let Some(slots) = slots_of(o) {
            if let Some(slot) = slots.get(m.index) {
                let v = slot.take();
                slot.set(v.clone());
                if let Some(v) = v {
                    return Ok(v);
                }
            }
        }
        return Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute '{}'",
            o.class().name(),
            m.name.as_str()
        )));
    }
    let dt = d.class();
    if dt.is_heap() {
        if let Some(get) = dt.lookup(&vm.names.__get__) {
            let o = obj.cloned().unwrap_or_else(|| vm.none.clone());
            return vm.call(&get, &[d.clone(), o, ty.to_value()], &[]);
        }
    }
    Ok(d)
}

fn property_name(vm: &Vm, p: &PropertyData) -> String {
    match p.name.borrow().as_ref() {
        Some(n) => match n.downcast::<StrData>() {
            Some(s) => format!("'{}' ", s.as_str()),
            None => {
                let _ = vm;
                String::new()
            }
        },
        None => String::new(),
    }
}

pub fn new_bound_method(vm: &Vm, func: Value, self_: Value) -> Value {
    alloc_object(vm.types.method, BoundMethodData { func, self_ }).into_value()
}

/// The instance `__dict__` of `obj`, if it has one.
pub fn instance_dict(vm: &Vm, obj: &Value, create: bool) -> Option<crate::objects::dict::DictRef> {
    if let Some(m) = obj.downcast::<ModuleData>() {
        return Some(m.dict.clone());
    }
    if let Some(t) = obj.downcast::<TypeData>() {
        return Some(t.dict.clone());
    }
    let slot = obj.managed_dict()?;
    let cur = slot.take();
    match cur {
        Some(d) => {
            let r = d.downcast_ref::<DictData>();
            slot.set(Some(d));
            r
        }
        None if create => {
            let d = vm.new_dict();
            slot.set(Some(d.to_value()));
            Some(d)
        }
        None => None,
    }
}

impl Vm {
    /// `getattr(obj, name)`.
    pub fn getattr(&self, obj: &Value, name: &Obj<StrData>) -> PyResult<Value> {
        let ty = obj.class();
        if ty.is_heap() {
            if let Some(ga) = ty.lookup(&self.names.__getattribute__) {
                // object's, type's and module's own `__getattribute__` is the lookup below;
                // another built-in one (super's) or anything else is called.
                let t = &self.types;
                let generic = ga.downcast::<MethodDescrData>().is_some_and(|m| {
                    m.name == "__getattribute__"
                        && (std::ptr::eq(m.owner, t.object)
                            || std::ptr::eq(m.owner, t.type_)
                            || std::ptr::eq(m.owner, t.module))
                });
                if !generic {
                    let r = self.call_attribute_hook(obj, ga, name);
                    return self.getattr_fallback(obj, name, r);
                }
            }
            let r = if obj
                .downcast::<crate::objects::genericalias::GenericAliasData>()
                .is_some()
            {
                crate::objects::genericalias::ga_getattro(self, obj, name)
            } else {
                self.generic_getattr(obj, name)
            };
            return self.getattr_fallback(obj, name, r);
        }
        if obj
            .downcast::<crate::objects::genericalias::GenericAliasData>()
            .is_some()
        {
            return crate::objects::genericalias::ga_getattro(self, obj, name);
        }
        if crate::weakrefobject::is_proxy(obj) {
            return crate::weakrefobject::proxy_getattr(self, obj, name);
        }
        if obj.downcast::<crate::objects::descr::SuperData>().is_some() {
            return crate::builtins_types::super_getattribute(
                self,
                &[obj.clone(), name.to_value()],
                &[],
            );
        }
        if let Some(m) = obj.downcast::<BoundMethodData>() {
            // What the method type does not define is its function's (CPython:
            // classobject.c method_getattro).
            return match ty.lookup(name) {
                Some(d) => descr_get(self, d, Some(obj), ty),
                None => self.getattr(&m.func, name),
            };
        }
        self.generic_getattr(obj, name)
    }

    fn getattr_fallback(
        &self,
        obj: &Value,
        name: &Obj<StrData>,
        r: PyResult<Value>,
    ) -> PyResult<Value> {
        match r {
            Err(e) if e.class().is_subtype(self.types.exc.attribute_error) => {
                match obj.class().lookup(&self.names.__getattr__) {
                    Some(ga) => self.call_attribute_hook(obj, ga, name),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// Calls a `__getattribute__`/`__getattr__` found on the type of `obj` with the name: a
    /// function gets `obj` first; anything else is bound through its `__get__` first, if it
    /// has one (CPython: typeobject.c call_attribute).
    fn call_attribute_hook(
        &self,
        obj: &Value,
        hook: Value,
        name: &Obj<StrData>,
    ) -> PyResult<Value> {
        if hook.downcast::<FunctionData>().is_some() {
            return self.call(&hook, &[obj.clone(), name.to_value()], &[]);
        }
        let bound = descr_get(self, hook, Some(obj), obj.class())?;
        self.call(&bound, &[name.to_value()], &[])
    }

    /// `object.__getattribute__` / `type.__getattribute__` / module attribute lookup.
    pub fn generic_getattr(&self, obj: &Value, name: &Obj<StrData>) -> PyResult<Value> {
        if let Some(t) = obj.downcast::<TypeData>() {
            return self.type_getattr(t, name);
        }
        let ty = obj.class();
        let descr = ty.lookup(name);
        if let Some(d) = &descr {
            if is_data_descriptor_for_get(self, d) {
                return descr_get(self, d.clone(), Some(obj), ty);
            }
        }
        if let Some(m) = obj.downcast::<ModuleData>() {
            if let Some(v) = m.dict.get_str(name) {
                return Ok(v);
            }
            if descr.is_none() {
                if let Some(ga) = m.dict.get_str(&self.names.__getattr__) {
                    return self.call(&ga, &[name.to_value()], &[]);
                }
                let mname = m.dict.get_str(&self.names.__name__);
                return Err(match mname.as_ref().and_then(|n| n.downcast::<StrData>()) {
                    Some(n) => self.new_attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        n.as_str(),
                        name.as_str()
                    )),
                    None => self.new_attribute_error(format!(
                        "module has no attribute '{}'",
                        name.as_str()
                    )),
                });
            }
        } else if let Some(d) = instance_dict(self, obj, false) {
            if let Some(v) = d.get_str(name) {
                return Ok(v);
            }
        }
        if let Some(d) = descr {
            return descr_get(self, d, Some(obj), ty);
        }
        if name.as_str() == "__dict__" {
            // Built-in types made elsewhere whose instances carry a dict but whose type
            // dict has no `__dict__` descriptor.
            if let Some(d) = instance_dict(self, obj, true) {
                return Ok(d.into_value());
            }
        }
        Err(self.no_attribute(obj, name))
    }

    pub fn no_attribute(&self, obj: &Value, name: &Obj<StrData>) -> PyErr {
        let e = self.new_attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.class().name(),
            name.as_str()
        ));
        crate::ops::set_attribute_error_context(self, &e, obj, name);
        e
    }

    fn type_getattr(&self, t: &Obj<TypeData>, name: &Obj<StrData>) -> PyResult<Value> {
        let meta = t.class();
        let meta_attr = meta.lookup(name);
        if let Some(d) = &meta_attr {
            if is_data_descriptor_for_get(self, d) {
                return descr_get(self, d.clone(), Some(&t.to_value()), meta);
            }
        }
        if let Some(a) = t.lookup(name) {
            return descr_get(self, a, None, t);
        }
        if let Some(d) = meta_attr {
            return descr_get(self, d, Some(&t.to_value()), meta);
        }
        let e = self.new_attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name(),
            name.as_str()
        ));
        set_attribute_error_context(self, &e, &t.to_value(), name);
        Err(e)
    }

    /// `getattr` with a Rust string name.
    pub fn getattr_str(&self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-like: None when the attribute is missing.
    pub fn getattr_opt(&self, obj: &Value, name: &Obj<StrData>) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.class().is_subtype(self.types.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `setattr(obj, name, value)`, or `delattr` when `value` is None.
    pub fn setattr(&self, obj: &Value, name: &Obj<StrData>, value: Option<Value>) -> PyResult<()> {
        let ty = obj.class();
        if ty.is_heap() {
            let hook = if value.is_some() {
                &self.names.__setattr__
            } else {
                &self.names.__delattr__
            };
            if let Some(sa) = ty.lookup(hook) {
                // A built-in type's own `__setattr__`/`__delattr__` is the generic one below;
                // any other callable stored under the name (`__setattr__ =
                // dict.__setitem__`) is called.
                let generic = sa
                    .downcast::<MethodDescrData>()
                    .is_some_and(|m| m.name == hook.as_str());
                if !generic {
                    let mut args = vec![obj.clone(), name.to_value()];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    self.call(&sa, &args, &[])?;
                    return Ok(());
                }
            }
        } else if crate::weakrefobject::is_proxy(obj) {
            return crate::weakrefobject::proxy_setattr(self, obj, name, value);
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__` / `type.__setattr__`.
    pub fn generic_setattr(
        &self,
        obj: &Value,
        name: &Obj<StrData>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let ty = obj.class();
        if let Some(t) = obj.downcast::<TypeData>() {
            if !t.is_heap() {
                return Err(self.new_type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name.as_str(),
                    t.name()
                )));
            }
            // Data descriptors on the metatype (e.g. `__name__`).
            if let Some(d) = ty.lookup(name) {
                if is_data_descriptor(self, &d) {
                    return descr_set(self, &d, obj, value);
                }
            }
            let r = match value {
                Some(v) => {
                    t.dict.set_str(self, name, v);
                    Ok(())
                }
                None => match t.dict.remove_item(self, &name.to_value())? {
                    Some(_) => Ok(()),
                    None => Err(self.new_attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        t.name(),
                        name.as_str()
                    ))),
                },
            };
            t.modified();
            if name.as_str() == "__del__" {
                crate::builtins::update_finalizer_flag(self, t);
            }
            return r;
        }
        if let Some(d) = ty.lookup(name) {
            if is_data_descriptor(self, &d) {
                return descr_set(self, &d, obj, value);
            }
        }
        let dict = instance_dict(self, obj, value.is_some());
        match (dict, value) {
            (Some(d), Some(v)) => {
                d.set_item(self, name.to_value(), v)?;
                Ok(())
            }
            (Some(d), None) => match d.remove_item(self, &name.to_value())? {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            },
            (None, _) => {
                if ty.lookup(name).is_some() {
                    Err(self.new_attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        ty.name(),
                        name.as_str()
                    )))
                } else {
                    let e = self.new_attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        ty.name(),
                        name.as_str()
                    ));
                    Err(e)
                }
            }
        }
    }

    // ----- calling -----

    /// `callable(*args, **kw)` in vectorcall form: the last `kwnames.len()` args are keyword
    /// values.
    pub fn call(&self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if let Some(f) = callable.downcast::<FunctionData>() {
            // Entering the eval loop from Rust counts as C-level recursion too, so a cycle
            // through a special method (repr, eq, getattr...) meets the C limit with that
            // method's message first (CPython 3.12: `_PyEval_EvalFrameDefault` calls
            // `_Py_EnterRecursiveCallTstate`).
            return self.recursive_call("", || crate::ceval::call_function(self, f, args, kwnames));
        }
        if let Some(b) = callable.downcast::<BuiltinFunctionData>() {
            return crate::objects::builtin::call_builtin(self, b, args, kwnames);
        }
        if let Some(m) = callable.downcast::<BoundMethodData>() {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.self_.clone());
            all.extend_from_slice(args);
            return self.call(&m.func, &all, kwnames);
        }
        if let Some(m) = callable.downcast::<MethodDescrData>() {
            if m.is_class {
                // A class method descriptor called directly takes the class first (CPython
                // `classmethoddescr_call`).
                let n = args.len() - kwnames.len();
                let Some(c) = args.first().filter(|_| n > 0) else {
                    return Err(self.new_type_error(format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        m.name,
                        m.owner.name()
                    )));
                };
                return match c.downcast::<TypeData>() {
                    None => Err(self.new_type_error(format!(
                        "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                        m.name,
                        m.owner.name(),
                        c.class().name()
                    ))),
                    Some(t) if !t.is_subtype(m.owner) => Err(self.new_type_error(format!(
                        "descriptor '{}' requires a subtype of '{}' but received '{}'",
                        m.name,
                        m.owner.name(),
                        t.name()
                    ))),
                    Some(_) => {
                        m.check_args(self, 1, args, kwnames)?;
                        (m.func)(self, args, kwnames)
                    }
                };
            }
            {
                match args.first() {
                    Some(s) if s.class().is_subtype(m.owner) => {}
                    Some(s) if crate::objects::descr::is_wrapper_descriptor(callable) => {
                        return Err(self.new_type_error(format!(
                            "descriptor '{}' requires a '{}' object but received a '{}'",
                            m.name,
                            m.owner.name(),
                            s.class().name()
                        )))
                    }
                    Some(s) => {
                        return Err(self.new_type_error(format!(
                            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                            m.name,
                            m.owner.name(),
                            s.class().name()
                        )))
                    }
                    // Slot wrappers word it as descriptors (CPython: wrapperobject's
                    // wrapperdescr_call), method descriptors as unbound methods.
                    None if crate::objects::descr::is_wrapper_descriptor(callable) => {
                        return Err(self.new_type_error(format!(
                            "descriptor '{}' of '{}' object needs an argument",
                            m.name,
                            m.owner.name()
                        )))
                    }
                    None => {
                        return Err(self.new_type_error(format!(
                            "unbound method {}.{}() needs an argument",
                            m.owner.qualname.borrow(),
                            m.name
                        )))
                    }
                }
                m.check_args(self, 1, args, kwnames)?;
            }
            return (m.func)(self, args, kwnames);
        }
        if let Some(t) = callable.downcast::<TypeData>() {
            // A metaclass may define its own `__call__`.
            let meta = callable.class();
            if meta.is_heap() {
                if let Some(c) = meta.lookup(&self.names.__call__) {
                    if c.downcast::<MethodDescrData>().is_none() {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(callable.clone());
                        all.extend_from_slice(args);
                        return self.call(&c, &all, kwnames);
                    }
                }
            }
            return crate::builtins::type_call(self, t, args, kwnames);
        }
        if let Some(c) = callable.class().lookup(&self.names.__call__) {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(callable.clone());
            all.extend_from_slice(args);
            // A `__call__` that is itself such an instance calls on forever (CPython:
            // slot_tp_call's Py_EnterRecursiveCall).
            return self.recursive_call(" while calling a Python object", || {
                self.call(&c, &all, kwnames)
            });
        }
        Err(self.new_type_error(format!(
            "'{}' object is not callable",
            callable.class().name()
        )))
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &Obj<StrData>, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr(obj, name)?;
        self.call(&m, args, &[])
    }

    /// Looks up a special method on the type and calls it with `obj` first; None if the type
    /// does not define it.
    pub fn call_special(
        &self,
        obj: &Value,
        name: &StrRef,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = obj.class().lookup(name) else {
            return Ok(None);
        };
        self.call_found(obj, f, args).map(Some)
    }

    /// Calls `f`, a special method found on the type of `obj`, for `obj` with `args`: a
    /// function or method descriptor gets `obj` first; anything else is bound through its
    /// `__get__` first (CPython: lookup_maybe_method / vectorcall_method).
    pub fn call_found(&self, obj: &Value, f: Value, args: &[Value]) -> PyResult<Value> {
        if f.downcast::<FunctionData>().is_some() || f.downcast::<MethodDescrData>().is_some() {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            return self.call(&f, &all, &[]);
        }
        let bound = descr_get(self, f, Some(obj), obj.class())?;
        self.call(&bound, args, &[])
    }

    // ----- truth, hash, repr -----

    /// `bool(v)`.
    pub fn is_true(&self, v: &Value) -> PyResult<bool> {
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if v.is(&self.true_) {
            return Ok(true);
        }
        if v.is(&self.false_) || v.is(&self.none) {
            return Ok(false);
        }
        let ty = v.class();
        if !ty.is_heap() {
            if let Some(b) = crate::number::native_truth(self, v) {
                return Ok(b);
            }
        }
        if let Some(r) = self.call_special(v, &self.names.__bool__, &[])? {
            if r.is(&self.true_) {
                return Ok(true);
            }
            if r.is(&self.false_) {
                return Ok(false);
            }
            return Err(self.new_type_error(format!(
                "__bool__ should return bool, returned {}",
                r.class().name()
            )));
        }
        if let Some(r) = self.call_special(v, &self.names.__len__, &[])? {
            let n = self.index_to_isize(&r)?;
            if n < 0 {
                return Err(self.new_value_error("__len__() should return >= 0"));
            }
            return Ok(n != 0);
        }
        Ok(true)
    }

    /// `hash(v)`.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(crate::pyhash::hash_i64(i));
        }
        if let Some(s) = v.downcast::<StrData>() {
            if s.is_exact() {
                return Ok(s.hash_value());
            }
        }
        let ty = v.class();
        if !ty.is_heap() {
            if let Some(h) = crate::number::native_hash(self, v)? {
                return Ok(h);
            }
        }
        match ty.lookup(&self.names.__hash__) {
            Some(h) if self.is_none(&h) => {
                Err(self.new_type_error(format!("unhashable type: '{}'", ty.name())))
            }
            Some(h) => {
                // A result that fits a hash is the hash (so that returning `hash(y)` makes
                // an object hash as `y`), -1 excepted; a bigger int is hashed as an int.
                // CPython: typeobject.c slot_tp_hash.
                let r = self.call(&h, &[v.clone()], &[])?;
                let h = match as_int(&r) {
                    Some(IntRef::Small(i)) => i,
                    Some(IntRef::Big(b)) => num_traits::ToPrimitive::to_i64(b)
                        .unwrap_or_else(|| crate::number::hash_bigint(b)),
                    None => {
                        return Err(self.new_type_error("__hash__ method should return an integer"))
                    }
                };
                Ok(if h == -1 { -2 } else { h })
            }
            None => Ok(pointer_hash(v)),
        }
    }

    /// `repr(v)` as a Rust string.
    pub fn repr(&self, v: &Value) -> PyResult<String> {
        let r = self.repr_value(v)?;
        Ok(r.downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    /// `repr(v)`.
    pub fn repr_value(&self, v: &Value) -> PyResult<Value> {
        self.recursive_call(" while getting the repr of an object", || {
            self.repr_value_inner(v)
        })
    }

    fn repr_value_inner(&self, v: &Value) -> PyResult<Value> {
        let ty = v.class();
        if !ty.is_heap() {
            if let Some(s) = crate::repr::native_repr(self, v)? {
                return Ok(self.new_string(s));
            }
        }
        match self.call_special(v, &self.names.__repr__, &[])? {
            Some(r) if r.downcast::<StrData>().is_some() => Ok(r),
            Some(r) => Err(self.new_type_error(format!(
                "__repr__ returned non-string (type {})",
                r.class().name()
            ))),
            None => Ok(self.new_string(crate::repr::default_repr(self, v))),
        }
    }

    /// `str(v)`.
    pub fn str_value(&self, v: &Value) -> PyResult<Value> {
        if let Some(s) = v.downcast::<StrData>() {
            if s.is_exact() {
                return Ok(v.clone());
            }
        }
        if let Some(i) = v.as_small_int() {
            return Ok(crate::objects::str::int_str_value(i));
        }
        let ty = v.class();
        if !ty.is_heap() {
            if let Some(s) = crate::repr::native_str(self, v)? {
                return Ok(self.new_string(s));
            }
        }
        match self.call_special(v, &self.names.__str__, &[])? {
            Some(r) if r.downcast::<StrData>().is_some() => Ok(r),
            Some(r) => Err(self.new_type_error(format!(
                "__str__ returned non-string (type {})",
                r.class().name()
            ))),
            None => self.repr_value(v),
        }
    }

    pub fn str(&self, v: &Value) -> PyResult<String> {
        let r = self.str_value(v)?;
        Ok(r.downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    // ----- isinstance -----

    pub fn isinstance(&self, v: &Value, ty: &Obj<TypeData>) -> bool {
        v.class().is_subtype(ty)
    }
}

/// `object.__hash__`: the address rotated by 4 bits (CPython `_Py_HashPointer`).
pub fn pointer_hash(v: &Value) -> i64 {
    let h = (v.raw() as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Sets `name` and `obj` on an AttributeError (for "Did you mean" suggestions).
pub fn set_attribute_error_context(vm: &Vm, e: &PyErr, obj: &Value, name: &Obj<StrData>) {
    if let Some(d) = instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("name"), name.to_value());
        d.set_str(vm, &vm.intern("obj"), obj.clone());
    }
}

/// `d.__set__(obj, value)` or `d.__delete__(obj)`.
pub fn descr_set(vm: &Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(p) = d.downcast::<PropertyData>() {
        let f = if value.is_some() {
            p.fset.borrow().clone()
        } else {
            p.fdel.borrow().clone()
        };
        return match f {
            Some(f) if !vm.is_none(&f) => {
                let mut args = vec![obj.clone()];
                args.extend(value);
                vm.call(&f, &args, &[]).map(|_| ())
            }
            _ => Err(vm.new_attribute_error(format!(
                "property {}of '{}' object has no {}",
                property_name(vm, p),
                obj.class().name(),
                if value.is_some() { "setter" } else { "deleter" }
            ))),
        };
    }
    if let Some(g) = d.downcast::<GetSetDescrData>() {
        return match g.set {
            Some(set) => set(vm, obj, value),
            None => Err(vm.new_attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                g.name,
                g.owner.name()
            ))),
        };
    }
    if let Some(m) = d.downcast::<MemberDescrData>() {
        if m.tuple_item {
            return Err(vm.new_attribute_error("readonly attribute"));
        }
        if let Some(slots) = slots_of(obj) {
            if let Some(slot) = slots.get(m.index) {
                let was = slot.take();
                if value.is_none() && was.is_none() {
                    // Deleting an empty slot: the error is the bare name (CPython:
                    // structmember.c PyMember_SetOne).
                    return Err(vm.new_attribute_error(m.name.as_str()));
                }
                slot.set(value);
                drop(was);
                return Ok(());
            }
        }
        return Err(vm.new_type_error("descriptor does not apply"));
    }
    let t = d.class();
    match value {
        Some(v) => match t.lookup(&vm.names.__set__) {
            Some(f) => vm.call(&f, &[d.clone(), obj.clone(), v], &[]).map(|_| ()),
            None => Err(vm.new_attribute_error("__set__")),
        },
        None => match t.lookup(&vm.names.__delete__) {
            Some(f) => vm.call(&f, &[d.clone(), obj.clone()], &[]).map(|_| ()),
            None => Err(vm.new_attribute_error("__delete__")),
        },
    }
}

/// The `__slots__` values of an instance (of a class whose nearest built-in base is `object`
/// or `weakref.ref`).
fn slots_of(o: &Value) -> Option<&[std::cell::Cell<Option<Value>>]> {
    if let Some(od) = o.downcast::<ObjectData>() {
        return Some(&od.slots);
    }
    o.downcast::<crate::weakrefobject::WeakRefData>()
        .map(|w| &*w.slots)
}

/// Runs `__del__` for an object being freed; errors are reported as unraisable.
pub fn call_del(vm: &Vm, v: &Value) {
    if v.downcast::<crate::objects::generator::GeneratorData>()
        .is_some()
    {
        // Generators close themselves (CPython: genobject.c _PyGen_Finalize).
        crate::genobject::finalize(vm, v);
        return;
    }
    if let Some(d) = v.class().lookup(&vm.names.__del__) {
        if let Err(e) = vm.call(&d, &[v.clone()], &[]) {
            crate::pythonrun::write_unraisable(vm, &e, Some(&d));
        }
    }
}

/// Sets the class-specific attributes of a new built-in exception (`StopIteration.value`...).
pub fn init_exception_attrs(vm: &Vm, e: &Obj<ExceptionData>, args: &Value) {
    crate::exceptions_attrs::init_attrs(vm, e, args);
}

/// Whether `v` is a string and its text.
pub fn str_of(v: &Value) -> Option<&str> {
    v.downcast::<StrData>().map(|s| s.as_str())
}

pub fn tuple_items(v: &Value) -> Option<&[Value]> {
    v.downcast::<TupleData>().map(|t| t.items())
}

pub fn list_of(v: &Value) -> Option<&Obj<ListData>> {
    v.downcast::<ListData>()
}

pub fn name_rc(s: &str) -> Rc<str> {
    Rc::from(s)
}

pub fn float_of(v: &Value) -> Option<f64> {
    v.downcast::<FloatData>().map(|f| f.0)
}

pub fn init_object_methods(_vm: &Vm) {}
pub fn init_function_methods(vm: &Vm) {
    fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<FunctionData>() {
            Some(f) => Ok(f.name.borrow().to_value()),
            None => Ok(vm.none.clone()),
        }
    }
    fn get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<FunctionData>() {
            Some(f) => Ok(f.qualname.borrow().to_value()),
            None => Ok(vm.none.clone()),
        }
    }
    fn type_name(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<TypeData>() {
            // A built-in type's `tp_name` may carry its module ("types.GenericAlias").
            Some(t) if !t.is_heap() => {
                let n = t.name();
                Ok(vm.new_str(n.rsplit('.').next().unwrap_or(&n)))
            }
            Some(t) => {
                // Types of built-in modules flagged as heap types (collections.defaultdict)
                // also carry the dotted name; their `__name__` is the part after the module.
                let name = t.name();
                let dotted = t.flags.get() & crate::typeobject::flags::DOTTED_NAME != 0;
                if let Some(m) = t.dict.get_str(&vm.names.__module__).filter(|_| dotted) {
                    if let Some(short) = str_of(&m)
                        .and_then(|m| name.strip_prefix(m))
                        .and_then(|r| r.strip_prefix('.'))
                    {
                        return Ok(vm.new_str(short));
                    }
                }
                Ok(vm.new_str(&name))
            }
            None => Ok(vm.none.clone()),
        }
    }
    fn type_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<TypeData>() {
            Some(t) => Ok(vm.new_str(&t.qualname.borrow())),
            None => Ok(vm.none.clone()),
        }
    }
    fn type_mro(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<TypeData>() {
            Some(t) => Ok(vm.new_tuple(t.mro().into_iter().map(|t| t.into_value()).collect())),
            None => Ok(vm.none.clone()),
        }
    }
    fn type_bases(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<TypeData>() {
            Some(t) => Ok(vm.new_tuple(t.bases.borrow().iter().map(|t| t.to_value()).collect())),
            None => Ok(vm.none.clone()),
        }
    }
    fn type_base(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v
            .downcast::<TypeData>()
            .and_then(|t| t.base.borrow().clone())
        {
            Some(b) => Ok(b.into_value()),
            None => Ok(vm.none.clone()),
        }
    }
    fn type_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<TypeData>() {
            Some(t) => {
                if !t.is_heap() {
                    t.ensure_builtin_doc(&vm.names.__doc__);
                }
                Ok(crate::objects::mappingproxy::new_mappingproxy(
                    t.dict.to_value(),
                ))
            }
            None => Ok(vm.none.clone()),
        }
    }
    fn obj_class(_vm: &Vm, v: &Value) -> PyResult<Value> {
        Ok(v.class().to_value())
    }
    fn obj_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
        match instance_dict(vm, v, true) {
            Some(d) => Ok(d.into_value()),
            None => Err(vm.new_attribute_error(format!(
                "'{}' object has no attribute '__dict__'",
                v.class().name()
            ))),
        }
    }
    fn exc_args(vm: &Vm, v: &Value) -> PyResult<Value> {
        match v.downcast::<ExceptionData>() {
            Some(e) => Ok(e.args.borrow().clone()),
            None => Ok(vm.none.clone()),
        }
    }
    fn exc_tb(vm: &Vm, v: &Value) -> PyResult<Value> {
        Ok(v.downcast::<ExceptionData>()
            .and_then(|e| e.traceback.borrow().clone())
            .unwrap_or_else(|| vm.none.clone()))
    }
    fn exc_cause(vm: &Vm, v: &Value) -> PyResult<Value> {
        Ok(v.downcast::<ExceptionData>()
            .and_then(|e| e.cause.borrow().clone())
            .unwrap_or_else(|| vm.none.clone()))
    }
    fn exc_context(vm: &Vm, v: &Value) -> PyResult<Value> {
        Ok(v.downcast::<ExceptionData>()
            .and_then(|e| e.context.borrow().clone())
            .unwrap_or_else(|| vm.none.clone()))
    }
    fn exc_suppress(vm: &Vm, v: &Value) -> PyResult<Value> {
        Ok(vm.new_bool(
            v.downcast::<ExceptionData>()
                .is_some_and(|e| e.suppress_context.get()),
        ))
    }
    fn set_cause(vm: &Vm, v: &Value, c: Option<Value>) -> PyResult<()> {
        if let Some(e) = v.downcast::<ExceptionData>() {
            *e.cause.borrow_mut() = c.filter(|c| !vm.is_none(c));
            e.suppress_context.set(true);
        }
        Ok(())
    }
    fn set_context(vm: &Vm, v: &Value, c: Option<Value>) -> PyResult<()> {
        if let Some(e) = v.downcast::<ExceptionData>() {
            *e.context.borrow_mut() = c.filter(|c| !vm.is_none(c));
        }
        Ok(())
    }
    fn set_suppress(vm: &Vm, v: &Value, c: Option<Value>) -> PyResult<()> {
        if let (Some(e), Some(c)) = (v.downcast::<ExceptionData>(), c) {
            e.suppress_context.set(vm.is_true(&c)?);
        }
        Ok(())
    }
    fn set_args(vm: &Vm, v: &Value, c: Option<Value>) -> PyResult<()> {
        if let (Some(e), Some(c)) = (v.downcast::<ExceptionData>(), c) {
            *e.args.borrow_mut() = vm.new_tuple(vm.collect(&c)?);
        }
        Ok(())
    }
    fn set_tb(vm: &Vm, v: &Value, c: Option<Value>) -> PyResult<()> {
        if let Some(e) = v.downcast::<ExceptionData>() {
            *e.traceback.borrow_mut() = c.filter(|c| !vm.is_none(c));
        }
        Ok(())
    }
    use crate::objects::descr::add_getset;
    let t = vm.types;
    add_getset(vm, t.function, "__name__", get_name, None);
    add_getset(vm, t.function, "__qualname__", get_qualname, None);
    add_getset(vm, t.type_, "__name__", type_name, None);
    add_getset(vm, t.type_, "__qualname__", type_qualname, None);
    add_getset(vm, t.type_, "__mro__", type_mro, None);
    add_getset(vm, t.type_, "__bases__", type_bases, None);
    add_getset(vm, t.type_, "__base__", type_base, None);
    add_getset(vm, t.type_, "__dict__", type_dict, None);
    add_getset(vm, t.object, "__class__", obj_class, None);
    let _ = obj_dict;
    add_getset(vm, t.exc.base_exception, "args", exc_args, Some(set_args));
    add_getset(
        vm,
        t.exc.base_exception,
        "__traceback__",
        exc_tb,
        Some(set_tb),
    );
    add_getset(
        vm,
        t.exc.base_exception,
        "__cause__",
        exc_cause,
        Some(set_cause),
    );
    add_getset(
        vm,
        t.exc.base_exception,
        "__context__",
        exc_context,
        Some(set_context),
    );
    add_getset(
        vm,
        t.exc.base_exception,
        "__suppress_context__",
        exc_suppress,
        Some(set_suppress),
    );
}
pub fn init_descr_methods(_vm: &Vm) {}
pub fn init_iter_methods(_vm: &Vm) {}
pub fn init_code_methods(_vm: &Vm) {}
pub fn init_exception_methods(_vm: &Vm) {}

impl Vm {
    /// The checks CPython makes before a built-in type's `__new__` called directly
    /// (`int.__new__(cls, ...)`): `cls` must be a type, a subtype of the owner, and its nearest
    /// base without a Python-level `__new__` must create its objects with this very `__new__`
    /// (so that the payload fits the type). CPython: typeobject.c tp_new_wrapper.
    pub(crate) fn check_builtin_new(
        &self,
        owner_type: &Obj<TypeData>,
        func: crate::objects::builtin::NativeFn,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let owner = owner_type.name();
        let Some(first) = args.first().filter(|_| args.len() > kwnames.len()) else {
            return Err(self.new_type_error(format!("{owner}.__new__(): not enough arguments")));
        };
        let Some(cls) = first.downcast::<TypeData>() else {
            return Err(self.new_type_error(format!(
                "{owner}.__new__(X): X is not a type object ({})",
                first.class().name()
            )));
        };
        if !cls.is_subtype(owner_type) {
            return Err(self.new_type_error(format!(
                "{owner}.__new__({0}): {0} is not a subtype of {owner}",
                cls.name()
            )));
        }
        // The nearest class along the base chain whose `__new__` (its own or inherited) is a
        // built-in one.
        let mut base = cls.to_ref();
        loop {
            let python_new = base
                .lookup(&self.names.__new__)
                .is_some_and(|n| crate::objects::builtin::builtin_new_fn(&n).is_none());
            let next = base.base.borrow().clone();
            match next {
                Some(b) if python_new => base = b,
                _ => break,
            }
        }
        // CPython compares the `tp_new` slots: built-in classes sharing one `__new__` function
        // (most exception classes) accept each other's, and a class whose `__new__` is a
        // built-in one creates its objects with that of its nearest built-in base.
        let same = crate::exceptions_attrs::effective_new_is(self, &base, func);
        if !same {
            return Err(self.new_type_error(format!(
                "{owner}.__new__({}) is not safe, use {}.__new__()",
                cls.name(),
                base.name()
            )));
        }
        Ok(())
    }
}
