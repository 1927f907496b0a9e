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
    pub owner: TypeRef,
    pub get: Getter,
    pub set: Option<Setter>,
}

impl Payload for GetSetDescrData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.owner.as_value());
    }
}

/// A new get/set descriptor owned by `ty` (a built-in or a heap type), not yet stored anywhere.
pub fn new_getset(
    vm: &Vm,
    ty: &Obj<TypeData>,
    name: &'static str,
    get: Getter,
    set: Option<Setter>,
) -> Value {
    crate::object::alloc_object(
        vm.types.getset_descriptor,
        GetSetDescrData {
            name,
            owner: ty.to_ref(),
            get,
            set,
        },
    )
    .into_value()
}

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
            owner: ty.to_ref(),
            get,
            set,
        },
    );
    ty.dict.set_str(vm, &vm.intern_static(name), d.into_value());
}

pub fn init(vm: &Vm) {
    crate::ops::init_descr_methods(vm);
    // The callable built-in types have a `__call__` slot wrapper, as CPython's (tp_call).
    let t = vm.types;
    let d = descr_types();
    for ty in [
        t.function,
        t.builtin_function,
        t.method,
        t.method_descriptor,
        d.wrapper_descriptor,
        d.method_wrapper,
        d.classmethod_descriptor,
    ] {
        crate::objects::builtin::add_method(vm, ty, "__call__", call_self);
    }
}

/// `__call__` of the callable built-in types: calls `self` with the other arguments.
fn call_self(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match args.split_first() {
        Some((f, rest)) => vm.call(f, rest, kwnames),
        None => Err(vm.new_type_error("__call__ needs an argument")),
    }
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
        // CPython's descriptors take any object as the owner: a classmethod binds to it, the
        // others read only the instance (or give themselves without one).
        if let Some(c) = d.downcast::<ClassMethodData>() {
            if let Some(f) = c.func.borrow().clone() {
                return Ok(crate::ops::new_bound_method(vm, f, ty));
            }
        }
        return match &obj {
            Some(o) => crate::ops::descr_get(vm, d, Some(o), o.class()),
            None => Ok(d),
        };
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

/// `repr()` of a classmethod or staticmethod: the wrapped callable's inside the type's name.
/// CPython: funcobject.c cm_repr, sm_repr.
fn cs_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.new_type_error("__repr__ needs an argument"));
    };
    let kind = if v.downcast::<ClassMethodData>().is_some() {
        "classmethod"
    } else {
        "staticmethod"
    };
    let f = wrapped_func(vm, v)?.unwrap_or_else(|| vm.none.clone());
    let inner = vm.repr(&f)?;
    Ok(vm.new_string(format!("<{kind}({inner})>")))
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
    add_method(vm, t.staticmethod, "__repr__", cs_repr);
    add_method(vm, t.classmethod, "__repr__", cs_repr);
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
    crate::objects::builtin::add_method(vm, t, "__get__", descr_get_method);
}

// ----- the kinds of built-in method descriptors -----

/// The other types a Rust method in a built-in type's dict can have, as CPython shows them:
/// `wrapper_descriptor` for special methods that fill a type slot (bound: `method-wrapper`),
/// `classmethod_descriptor` for class methods. They share `MethodDescrData` /
/// `BuiltinFunctionData` payloads with `method_descriptor` / `builtin_function_or_method`.
pub struct DescrTypes {
    pub wrapper_descriptor: &'static Obj<TypeData>,
    pub method_wrapper: &'static Obj<TypeData>,
    pub classmethod_descriptor: &'static Obj<TypeData>,
}

thread_local! {
    static DESCR_TYPES: std::cell::Cell<Option<&'static DescrTypes>> =
        const { std::cell::Cell::new(None) };
}

/// The descriptor types of this module (created on first use).
pub fn descr_types() -> &'static DescrTypes {
    if let Some(t) = DESCR_TYPES.with(|t| t.get()) {
        return t;
    }
    use crate::types::make_builtin_type;
    let t: &'static DescrTypes = Box::leak(Box::new(DescrTypes {
        wrapper_descriptor: make_builtin_type::<crate::objects::builtin::MethodDescrData>(
            "wrapper_descriptor",
            0,
        ),
        method_wrapper: make_builtin_type::<crate::objects::builtin::BuiltinFunctionData>(
            "method-wrapper",
            crate::object::layout_flags::HAS_GC,
        ),
        classmethod_descriptor: make_builtin_type::<crate::objects::builtin::MethodDescrData>(
            "classmethod_descriptor",
            0,
        ),
    }));
    DESCR_TYPES.with(|c| c.set(Some(t)));
    t
}

/// Special-method names that CPython implements through type slots (`slotdefs` in
/// Objects/typeobject.c): their Rust implementations appear as slot wrappers. Sorted, for
/// a binary search (a test checks the order).
const SLOT_NAMES: &[&str] = &[
    "__abs__",
    "__add__",
    "__aiter__",
    "__and__",
    "__anext__",
    "__await__",
    "__bool__",
    "__buffer__",
    "__call__",
    "__contains__",
    "__del__",
    "__delattr__",
    "__delete__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__get__",
    "__getattr__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imod__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__iter__",
    "__itruediv__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__matmul__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__release_buffer__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__set__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
];

/// Slots of `SLOT_TABLE` (a power of two, well above twice the number of slot names).
const SLOT_TABLE_LEN: usize = 256;

/// Where the probe for dunder `b` (at least five bytes) starts in `SLOT_TABLE`: a mix of its
/// length and three of the bytes between its underscores.
const fn slot_hash(b: &[u8]) -> usize {
    let n = b.len();
    let x = (n as u32) ^ ((b[2] as u32) << 5) ^ ((b[3] as u32) << 12) ^ ((b[n - 3] as u32) << 19);
    (x.wrapping_mul(0x9E37_79B1) >> 24) as usize & (SLOT_TABLE_LEN - 1)
}

/// SLOT_NAMES as an open-addressing table built at compile time: each slot holds one more
/// than the index of a name (0: empty), probed linearly from `slot_hash`. Start-up registers
/// about nine hundred Rust methods, and each asks whether its name is a slot.
const SLOT_TABLE: [u8; SLOT_TABLE_LEN] = {
    assert!(SLOT_NAMES.len() < SLOT_TABLE_LEN / 2);
    let mut table = [0u8; SLOT_TABLE_LEN];
    let mut i = 0;
    while i < SLOT_NAMES.len() {
        let b = SLOT_NAMES[i].as_bytes();
        let n = b.len();
        assert!(n >= 5 && b[0] == b'_' && b[1] == b'_' && b[n - 2] == b'_' && b[n - 1] == b'_');
        let mut j = slot_hash(b);
        while table[j] != 0 {
            j = (j + 1) & (SLOT_TABLE_LEN - 1);
        }
        table[j] = (i + 1) as u8;
        i += 1;
    }
    table
};

/// Whether `name` is one of SLOT_NAMES.
fn is_slot_name(name: &str) -> bool {
    let b = name.as_bytes();
    let n = b.len();
    if n < 5 || b[0] != b'_' || b[1] != b'_' || b[n - 2] != b'_' || b[n - 1] != b'_' {
        return false;
    }
    let mut j = slot_hash(b);
    loop {
        let e = SLOT_TABLE[j];
        if e == 0 {
            return false;
        }
        if SLOT_NAMES[e as usize - 1] == name {
            return true;
        }
        j = (j + 1) & (SLOT_TABLE_LEN - 1);
    }
}

/// The type of the descriptor for Rust method `name` of built-in type `owner`.
pub fn method_descr_type(
    vm: &Vm,
    owner: &Obj<TypeData>,
    name: &str,
    is_class: bool,
) -> &'static Obj<TypeData> {
    if is_class {
        return descr_types().classmethod_descriptor;
    }
    if is_slot_name(name) {
        let t = vm.types;
        // Methods CPython defines explicitly next to the slot (METH_COEXIST).
        let coexist = (name == "__getitem__"
            && (std::ptr::eq(owner, t.dict) || std::ptr::eq(owner, t.list)))
            || (name == "__contains__"
                && (std::ptr::eq(owner, t.dict)
                    || std::ptr::eq(owner, t.set)
                    || std::ptr::eq(owner, t.frozenset)));
        if !coexist {
            return descr_types().wrapper_descriptor;
        }
    }
    vm.types.method_descriptor
}

/// `descr.__get__(obj)` of a Rust method bound to an instance: a `method-wrapper` for slot
/// wrappers, else a `builtin_function_or_method`.
pub fn bind_method(
    vm: &Vm,
    d: &Value,
    name: &'static str,
    func: crate::objects::builtin::NativeFn,
    obj: Value,
) -> Value {
    let arity = d
        .downcast::<crate::objects::builtin::MethodDescrData>()
        .map_or(crate::objects::builtin::Arity::Any, |m| m.arity());
    let ty = if std::ptr::eq(d.class(), descr_types().wrapper_descriptor) {
        descr_types().method_wrapper
    } else {
        vm.types.builtin_function
    };
    crate::object::alloc_object(
        ty,
        crate::objects::builtin::BuiltinFunctionData {
            name,
            func,
            self_: Some(obj),
            pass_self: true,
            qualname_owner: None,
            is_static: false,
            tp_new: false,
            arity,
            target: None,
        },
    )
    .into_value()
}

/// The repr of the descriptor kinds (CPython `method_repr`, `wrapperdescr_repr`,
/// `wrapper_repr`, `getset_repr`, `member_repr`), or None for other objects.
pub fn descr_repr(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let dt = descr_types();
    if let Some(m) = v.downcast::<crate::objects::builtin::MethodDescrData>() {
        let kind = if std::ptr::eq(v.class(), dt.wrapper_descriptor) {
            "slot wrapper"
        } else {
            "method"
        };
        return Ok(Some(format!(
            "<{kind} '{}' of '{}' objects>",
            m.name,
            m.owner.name()
        )));
    }
    if std::ptr::eq(v.class(), dt.method_wrapper) {
        if let Some(b) = v.downcast::<crate::objects::builtin::BuiltinFunctionData>() {
            if let Some(s) = &b.self_ {
                return Ok(Some(format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.name,
                    s.class().name(),
                    s.raw()
                )));
            }
        }
    }
    if let Some(g) = v.downcast::<GetSetDescrData>() {
        return Ok(Some(format!(
            "<attribute '{}' of '{}' objects>",
            g.name,
            g.owner.name()
        )));
    }
    let _ = vm;
    Ok(None)
}

fn md_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<crate::objects::builtin::MethodDescrData>> {
    v.downcast::<crate::objects::builtin::MethodDescrData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a method descriptor"))
}
fn md_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(md_of(vm, v)?.name))
}
fn md_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = md_of(vm, v)?;
    Ok(vm.new_string(format!("{}.{}", m.owner.name(), m.name)))
}
fn md_objclass(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(md_of(vm, v)?.owner.to_value())
}
fn no_doc(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.none.clone())
}
fn mw_of<'a>(
    vm: &Vm,
    v: &'a Value,
) -> PyResult<&'a Obj<crate::objects::builtin::BuiltinFunctionData>> {
    v.downcast::<crate::objects::builtin::BuiltinFunctionData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'method-wrapper' object"))
}
fn mw_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(mw_of(vm, v)?.name))
}
fn mw_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(mw_of(vm, v)?
        .self_
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}
fn mw_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = mw_of(vm, v)?;
    let owner = m
        .self_
        .as_ref()
        .map(|s| s.class().qualname.borrow().to_string())
        .unwrap_or_default();
    Ok(vm.new_string(format!("{owner}.{}", m.name)))
}
fn mw_objclass(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = mw_of(vm, v)?;
    let s = m.self_.clone().unwrap_or_else(|| vm.none.clone());
    let name = vm.intern(m.name);
    // The class whose dict defines the method.
    for t in s.class().mro() {
        if t.dict.get_str(&name).is_some() {
            return Ok(t.into_value());
        }
    }
    Ok(s.class().to_value())
}

/// Registers the attributes of the descriptor kinds above.
pub fn init_descr_kinds(vm: &Vm) {
    use crate::objects::builtin::add_method;
    let dt = descr_types();
    for ty in [dt.wrapper_descriptor, dt.classmethod_descriptor] {
        add_getset(vm, ty, "__name__", md_name, None);
        add_getset(vm, ty, "__qualname__", md_qualname, None);
        add_getset(vm, ty, "__objclass__", md_objclass, None);
        add_getset(vm, ty, "__doc__", no_doc, None);
        add_method(vm, ty, "__get__", descr_get_method);
    }
    let mw = dt.method_wrapper;
    add_getset(vm, mw, "__name__", mw_name, None);
    add_getset(vm, mw, "__qualname__", mw_qualname, None);
    add_getset(vm, mw, "__self__", mw_self, None);
    add_getset(vm, mw, "__objclass__", mw_objclass, None);
    add_getset(vm, mw, "__doc__", no_doc, None);
}

/// Whether `v` is a slot wrapper (`wrapper_descriptor`).
pub fn is_wrapper_descriptor(v: &Value) -> bool {
    std::ptr::eq(v.class(), descr_types().wrapper_descriptor)
}

/// Sets a built-in type's qualified name to the part of its `tp_name`-style name after the
/// module ("types.GenericAlias" -> "GenericAlias"), and its `__module__`.
pub fn set_dotted_name(vm: &Vm, t: &Obj<TypeData>) {
    let full = t.name();
    if let Some((module, short)) = full.rsplit_once('.') {
        *t.qualname.borrow_mut() = std::rc::Rc::from(short);
        t.dict.set_str(vm, &vm.names.__module__, vm.new_str(module));
    }
}

#[cfg(test)]
mod tests {
    /// `method_descr_type` finds the slot names in `SLOT_TABLE`, and only them.
    #[test]
    fn slot_names_are_sorted() {
        assert!(super::SLOT_NAMES.windows(2).all(|w| w[0] < w[1]));
        for name in super::SLOT_NAMES {
            assert!(super::is_slot_name(name), "{name}");
        }
        for name in [
            "__init_subclass__",
            "__reduce__",
            "__format__",
            "_abs__",
            "__abs_",
            "abs",
        ] {
            assert!(!super::is_slot_name(name), "{name}");
        }
    }
}
