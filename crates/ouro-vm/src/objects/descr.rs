//! Descriptors: `property`, `classmethod`, `staticmethod`, `super`, member descriptors for
//! `__slots__` and get/set descriptors for attributes computed in Rust.
//! CPython: Objects/descrobject.c, Objects/funcobject.c (classmethod, staticmethod),
//! Objects/typeobject.c (super).

use std::cell::RefCell;

use crate::object::{Obj, Payload, Value};
use crate::typeobject::{TypeData, TypeRef};
use crate::vm::{PyResult, Vm};

pub struct PropertyData {
    pub fget: RefCell<Option<Value>>,
    pub fset: RefCell<Option<Value>>,
    pub fdel: RefCell<Option<Value>>,
    pub doc: RefCell<Option<Value>>,
    pub name: RefCell<Option<Value>>,
}

impl Payload for PropertyData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            let old = c.borrow_mut().take();
            drop(old);
        }
    }
}

pub struct ClassMethodData {
    pub func: RefCell<Option<Value>>,
}

impl Payload for ClassMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.func.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.func.borrow_mut().take();
        drop(old);
    }
}

pub struct StaticMethodData {
    pub func: RefCell<Option<Value>>,
}

impl Payload for StaticMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.func.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.func.borrow_mut().take();
        drop(old);
    }
}

pub struct SuperData {
    pub ty: RefCell<Option<TypeRef>>,
    pub obj: RefCell<Option<Value>>,
    pub obj_type: RefCell<Option<TypeRef>>,
}

impl Payload for SuperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.obj.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
}

/// A `__slots__` entry: the value lives at `index` in the instance's `ObjectData`; or, when
/// `tuple_item` is set, a read-only field of a struct sequence: item `index` of the tuple.
pub struct MemberDescrData {
    pub name: crate::objects::str::StrRef,
    pub owner: usize,
    pub index: usize,
    pub tuple_item: bool,
}

impl Payload for MemberDescrData {}

pub type Getter = fn(&Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&Vm, &Value, Option<Value>) -> PyResult<()>;

/// An attribute computed by Rust functions (`function.__name__`, `BaseException.args`...).
pub struct GetSetDescrData {
    pub name: &'static str,
    pub owner: &'static Obj<TypeData>,
    pub get: Getter,
    pub set: Option<Setter>,
}

impl Payload for GetSetDescrData {}

/// Adds a get/set descriptor to a built-in type's dict.
pub fn add_getset(
    vm: &Vm,
    ty: &'static Obj<TypeData>,
    name: &'static str,
    get: Getter,
    set: Option<Setter>,
) {
    let d = crate::object::alloc_object(
        vm.types.getset_descriptor,
        GetSetDescrData {
            name,
            owner: ty,
            get,
            set,
        },
    );
    ty.dict.set_str(vm, &vm.intern(name), d.into_value());
}

pub fn init(vm: &Vm) {
    crate::ops::init_descr_methods(vm);
}

fn prop_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<PropertyData>> {
    v.downcast::<PropertyData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'property' object"))
}

fn opt_none(vm: &Vm, c: &RefCell<Option<Value>>) -> Value {
    c.borrow().clone().unwrap_or_else(|| vm.none.clone())
}

fn prop_fget(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_none(vm, &prop_of(vm, v)?.fget))
}
fn prop_fset(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_none(vm, &prop_of(vm, v)?.fset))
}
fn prop_fdel(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_none(vm, &prop_of(vm, v)?.fdel))
}

/// `property.__doc__`: the given doc, else the getter's (CPython `property_init_impl`).
fn prop_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = prop_of(vm, v)?;
    let doc = p.doc.borrow().clone();
    if let Some(d) = doc.filter(|d| !vm.is_none(d)) {
        return Ok(d);
    }
    let fget = p.fget.borrow().clone();
    match fget {
        Some(f) => Ok(vm
            .getattr_opt(&f, &vm.names.__doc__)?
            .unwrap_or_else(|| vm.none.clone())),
        None => Ok(vm.none.clone()),
    }
}
fn prop_set_doc(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let p = prop_of(vm, v)?;
    let old = p.doc.replace(x);
    drop(old);
    Ok(())
}

fn is_abstract(vm: &Vm, f: &Option<Value>) -> PyResult<bool> {
    match f {
        Some(f) if !vm.is_none(f) => match vm.getattr_opt(f, &vm.intern("__isabstractmethod__"))? {
            Some(r) => vm.is_true(&r),
            None => Ok(false),
        },
        _ => Ok(false),
    }
}

fn prop_abstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = prop_of(vm, v)?;
    let fs = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    for f in &fs {
        if is_abstract(vm, f)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn wrapped_func(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Some(c) = v.downcast::<ClassMethodData>() {
        return Ok(c.func.borrow().clone());
    }
    if let Some(s) = v.downcast::<StaticMethodData>() {
        return Ok(s.func.borrow().clone());
    }
    Err(vm.new_type_error("descriptor requires a classmethod or staticmethod"))
}

fn cs_func(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(wrapped_func(vm, v)?.unwrap_or_else(|| vm.none.clone()))
}
fn cs_abstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    Ok(vm.new_bool(is_abstract(vm, &f)?))
}

/// `__doc__`, `__name__`... of a classmethod/staticmethod: its instance dict, else the
/// wrapped function's (CPython copies them with `functools_wraps` at creation).
fn cs_forward(vm: &Vm, v: &Value, name: &str) -> PyResult<Value> {
    let n = vm.intern(name);
    if let Some(d) = crate::ops::instance_dict(vm, v, false) {
        if let Some(x) = d.get_str(&n) {
            return Ok(x);
        }
    }
    match wrapped_func(vm, v)? {
        Some(f) => vm.getattr(&f, &n),
        None => Err(vm.no_attribute(v, &n)),
    }
}
fn cs_set(vm: &Vm, v: &Value, name: &str, x: Option<Value>) -> PyResult<()> {
    let n = vm.intern(name);
    if let Some(d) = crate::ops::instance_dict(vm, v, true) {
        match x {
            Some(x) => d.set_str(vm, &n, x),
            None => {
                d.remove_item(vm, &n.to_value())?;
            }
        }
    }
    Ok(())
}
fn cs_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    cs_forward(vm, v, "__doc__")
}
fn cs_set_doc(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    cs_set(vm, v, "__doc__", x)
}
fn cs_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    cs_forward(vm, v, "__name__")
}
fn cs_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    cs_forward(vm, v, "__qualname__")
}

/// Registers the attributes of `property`, `classmethod` and `staticmethod`.
pub fn init_descr_attrs(vm: &Vm) {
    init_descr_methods(vm);
    init_super_attrs(vm);
    let t = vm.types;
    add_getset(vm, t.property, "fget", prop_fget, None);
    add_getset(vm, t.property, "fset", prop_fset, None);
    add_getset(vm, t.property, "fdel", prop_fdel, None);
    add_getset(vm, t.property, "__doc__", prop_doc, Some(prop_set_doc));
    add_getset(vm, t.property, "__isabstractmethod__", prop_abstract, None);
    for ty in [t.classmethod, t.staticmethod] {
        add_getset(vm, ty, "__func__", cs_func, None);
        add_getset(vm, ty, "__wrapped__", cs_func, None);
        add_getset(vm, ty, "__isabstractmethod__", cs_abstract, None);
        add_getset(vm, ty, "__doc__", cs_doc, Some(cs_set_doc));
        add_getset(vm, ty, "__name__", cs_name, None);
        add_getset(vm, ty, "__qualname__", cs_qualname, None);
    }
}

/// `__get__` of the built-in descriptors, as a method (`f.__get__(obj, type)`).
pub fn descr_get_method(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    if n < 2 || n > 3 {
        return Err(vm.new_type_error(format!(
            "expected 1 or 2 arguments, got {}",
            n.saturating_sub(1)
        )));
    }
    let d = args[0].clone();
    let obj = Some(args[1].clone()).filter(|o| !vm.is_none(o));
    let ty = match args.get(2).filter(|t| n == 3 && !vm.is_none(t)) {
        Some(t) => t.clone(),
        None => match &obj {
            Some(o) => o.class().to_value(),
            None => {
                return Err(vm.new_type_error("__get__(None, None) is invalid"));
            }
        },
    };
    let Some(t) = ty.downcast::<TypeData>() else {
        return Err(vm.new_type_error("__get__(obj, type): type must be a type"));
    };
    // A classmethod bound through `__get__(obj)` binds the object's class.
    crate::ops::descr_get(vm, d, obj.as_ref(), t)
}

/// `property.__set__` / `__delete__` as methods.
fn descr_set_method(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.new_type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    crate::ops::descr_set(vm, &args[0], &args[1], Some(args[2].clone()))?;
    Ok(vm.none.clone())
}
fn descr_delete_method(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    crate::ops::descr_set(vm, &args[0], &args[1], None)?;
    Ok(vm.none.clone())
}

/// `staticmethod.__call__`: calls the wrapped function.
fn staticmethod_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = match args.first().and_then(|a| a.downcast::<StaticMethodData>()) {
        Some(s) => s.func.borrow().clone().unwrap_or_else(|| vm.none.clone()),
        None => return Err(vm.new_type_error("staticmethod.__call__ needs a staticmethod")),
    };
    vm.call(&f, &args[1..], kw)
}

/// Registers `__get__`/`__set__`/`__delete__` on the built-in descriptor types.
pub fn init_descr_methods(vm: &Vm) {
    use crate::objects::builtin::add_method;
    let t = vm.types;
    for ty in [
        t.function,
        t.property,
        t.classmethod,
        t.staticmethod,
        t.getset_descriptor,
        t.member_descriptor,
        t.method_descriptor,
    ] {
        add_method(vm, ty, "__get__", descr_get_method);
    }
    for ty in [t.property, t.getset_descriptor, t.member_descriptor] {
        add_method(vm, ty, "__set__", descr_set_method);
        add_method(vm, ty, "__delete__", descr_delete_method);
    }
    add_method(vm, t.staticmethod, "__call__", staticmethod_call);
}

fn super_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<SuperData>> {
    v.downcast::<SuperData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'super' object"))
}
fn super_thisclass(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = super_of(vm, v)?;
    let t = s.ty.borrow().clone();
    Ok(t.map(|t| t.into_value()).unwrap_or_else(|| vm.none.clone()))
}
fn super_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = super_of(vm, v)?;
    let o = s.obj.borrow().clone();
    Ok(o.unwrap_or_else(|| vm.none.clone()))
}
fn super_self_class(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = super_of(vm, v)?;
    let t = s.obj_type.borrow().clone();
    Ok(t.map(|t| t.into_value()).unwrap_or_else(|| vm.none.clone()))
}
fn super_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = super_of(vm, &args[0])?;
    let t = s.ty.borrow().clone();
    let ot = s.obj_type.borrow().clone();
    let tn = t
        .map(|t| t.name().to_string())
        .unwrap_or_else(|| "NULL".into());
    Ok(vm.new_string(match ot {
        Some(o) => format!("<super: <class '{tn}'>, <{} object>>", o.name()),
        None => format!("<super: <class '{tn}'>, NULL>"),
    }))
}

/// Registers `__thisclass__`, `__self__`, `__self_class__` and `__repr__` of `super`.
pub fn init_super_attrs(vm: &Vm) {
    let t = vm.types.super_;
    add_getset(vm, t, "__thisclass__", super_thisclass, None);
    add_getset(vm, t, "__self__", super_self, None);
    add_getset(vm, t, "__self_class__", super_self_class, None);
    crate::objects::builtin::add_method(vm, t, "__repr__", super_repr);
}
