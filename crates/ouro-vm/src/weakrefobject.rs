//! Weak references: the payload shared by `weakref.ReferenceType` (`_weakref.ref`, which
//! Python classes may subclass: `WeakMethod`, `KeyedRef`), `weakref.ProxyType` and
//! `weakref.CallableProxyType`; their creation (with CPython's reuse of the callback-less
//! reference and proxy, and its list order), calling, hashing, comparison and repr; the
//! proxies' forwarding of attributes and operators; and the callbacks run when a referent dies
//! (from deallocation in object.rs, or from the cycle collector). The list of weak references
//! of an object and the referent pointer (`WeakTarget`) live in object.rs.
//! CPython: Objects/weakrefobject.c.

use std::cell::{Cell, RefCell};

use crate::number::{CompareOp, UnaryOp};
use crate::object::{
    alloc_object, layout_flags, supports_weakrefs, weak_link, weak_refs_of, Obj, Payload, PyRef,
    Value, WeakRefPayload, WeakTarget,
};
use crate::objects::builtin::add_method;
use crate::objects::str::StrData;
use crate::typeobject::{flags, TypeData};
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The payload of weak references and proxies.
pub struct WeakRefData {
    target: WeakTarget,
    callback: RefCell<Option<Value>>,
    /// The referent's hash, computed once (CPython: `wr_hash`).
    hash: Cell<Option<i64>>,
    proxy: bool,
    /// Values of the `__slots__` of subclasses (`KeyedRef.key`).
    pub slots: Box<[Cell<Option<Value>>]>,
}

impl Payload for WeakRefData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(c) = self.callback.borrow().as_ref() {
            visit(c);
        }
        for s in self.slots.iter() {
            let v = s.take();
            if let Some(v) = &v {
                visit(v);
            }
            s.set(v);
        }
    }
    fn clear(&self) {
        let cb = self.callback.borrow_mut().take();
        drop(cb);
        for s in self.slots.iter() {
            drop(s.take());
        }
    }
}

impl WeakRefPayload for WeakRefData {
    fn weak_target(&self) -> &WeakTarget {
        &self.target
    }
}

impl WeakRefData {
    /// The referent, if alive.
    pub fn get(&self) -> Option<Value> {
        self.target.get()
    }

    pub fn is_proxy(&self) -> bool {
        self.proxy
    }

    fn callback(&self) -> Option<Value> {
        self.callback.borrow().clone()
    }
}

/// The three weak-reference types.
#[derive(Clone, Copy)]
pub struct WeakTypes {
    pub ref_: StaticType,
    pub proxy: StaticType,
    pub callable_proxy: StaticType,
}

thread_local! {
    static TYPES: Cell<Option<WeakTypes>> = const { Cell::new(None) };
}

/// The weak-reference types, made (with their methods) on first use.
pub fn weak_types(vm: &Vm) -> WeakTypes {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    let gc = layout_flags::HAS_GC;
    let t = WeakTypes {
        ref_: crate::types::make_builtin_type::<WeakRefData>("ReferenceType", gc),
        proxy: crate::types::make_builtin_type::<WeakRefData>("ProxyType", gc),
        callable_proxy: crate::types::make_builtin_type::<WeakRefData>("CallableProxyType", gc),
    };
    TYPES.with(|s| s.set(Some(t)));
    t.ref_.flags.set(t.ref_.flags.get() | flags::BASETYPE);
    for ty in [t.ref_, t.proxy, t.callable_proxy] {
        ty.dict
            .set_str(vm, &vm.names.__module__, vm.new_str("weakref"));
    }
    init_ref_type(vm, t.ref_);
    init_proxy_type(vm, t.proxy);
    init_proxy_type(vm, t.callable_proxy);
    crate::objects::builtin::add_staticmethod(vm, t.proxy, "__new__", no_new);
    crate::objects::builtin::add_staticmethod(vm, t.callable_proxy, "__new__", no_new);
    add_method(vm, t.callable_proxy, "__call__", proxy_call);
    t
}

fn wr_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<WeakRefData>> {
    v.downcast::<WeakRefData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

/// The basic (callback-less, exact-type) reference and proxy at the head of `target`'s list
/// (CPython: weakrefobject.c get_basic_refs).
fn basic_refs(vm: &Vm, list: &[Value]) -> (Option<Value>, Option<Value>) {
    let t = weak_types(vm);
    let is_basic = |v: &Value, ty: StaticType| {
        std::ptr::eq(v.class(), ty)
            && v.downcast::<WeakRefData>()
                .is_some_and(|w| w.callback.borrow().is_none())
    };
    let mut it = list.iter().peekable();
    let mut r = None;
    if let Some(first) = it.peek() {
        if is_basic(first, t.ref_) {
            r = it.next().cloned();
        }
    }
    let mut p = None;
    if let Some(next) = it.peek() {
        if is_basic(next, t.proxy) || is_basic(next, t.callable_proxy) {
            p = it.next().cloned();
        }
    }
    (r, p)
}

fn cannot_weakref(vm: &Vm, ob: &Value) -> crate::vm::PyErr {
    vm.new_type_error(format!(
        "cannot create weak reference to '{}' object",
        type_full_name(vm, ob.class())
    ))
}

/// `module.qualname` for types outside builtins (as CPython's `tp_name`).
fn type_full_name(vm: &Vm, t: &Obj<TypeData>) -> String {
    let q = t.qualname.borrow().clone();
    if t.is_heap() {
        return t.name().to_string();
    }
    match t
        .dict
        .get_str(&vm.names.__module__)
        .as_ref()
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()))
    {
        Some(m) if m != "builtins" => format!("{m}.{q}"),
        _ => q.to_string(),
    }
}

/// Makes a new weak reference (or proxy) of type `cls` to `ob`, or returns the existing basic
/// one. CPython: weakrefobject.c weakref___new__ / PyWeakref_NewProxy.
fn new_weakref(
    vm: &Vm,
    cls: &Obj<TypeData>,
    ob: &Value,
    callback: Option<Value>,
    proxy: bool,
) -> PyResult<Value> {
    if !supports_weakrefs(ob) {
        return Err(cannot_weakref(vm, ob));
    }
    let t = weak_types(vm);
    let callback = callback.filter(|c| !vm.is_none(c));
    let list = weak_refs_of(ob);
    let (basic_ref, basic_proxy) = basic_refs(vm, &list);
    let exact = if proxy {
        true
    } else {
        std::ptr::eq(cls, t.ref_)
    };
    if callback.is_none() && exact {
        if let Some(b) = if proxy { &basic_proxy } else { &basic_ref } {
            return Ok(b.clone());
        }
    }
    let nslots = cls.nslots;
    let obj: PyRef<WeakRefData> = alloc_object(
        cls,
        WeakRefData {
            target: WeakTarget::new(),
            callback: RefCell::new(callback.clone()),
            hash: Cell::new(None),
            proxy,
            slots: (0..nslots).map(|_| Cell::new(None)).collect(),
        },
    );
    let index = if callback.is_none() && exact {
        if proxy {
            usize::from(basic_ref.is_some())
        } else {
            0
        }
    } else {
        usize::from(basic_ref.is_some()) + usize::from(basic_proxy.is_some())
    };
    drop(list);
    weak_link(ob, &obj, index);
    Ok(obj.into_value())
}

/// `weakref.ref.__new__(cls, ob, callback=None)`.
fn ref_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("ref.__new__(X): X is not a type object"));
    };
    if !kw.is_empty() && std::ptr::eq(cls, weak_types(vm).ref_) {
        return Err(vm.new_type_error("ref() takes no keyword arguments"));
    }
    let pos = &args[1..args.len() - kw.len()];
    if pos.is_empty() {
        return Err(vm.new_type_error("__new__ expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    new_weakref(vm, cls, &pos[0], pos.get(1).cloned(), false)
}

/// `weakref.ref.__init__`: checks the arguments as `__new__` did.
fn ref_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = args.len().saturating_sub(1 + kw.len());
    if n == 0 {
        return Err(vm.new_type_error("__init__ expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.new_type_error(format!("__init__ expected at most 2 arguments, got {n}")));
    }
    Ok(vm.none.clone())
}

/// `r()`: the referent or None.
fn ref_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = wr_of(vm, &args[0])?;
    if !kw.is_empty() {
        return Err(vm.new_type_error("weakref() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.len() - 1
        )));
    }
    Ok(w.get().unwrap_or_else(|| vm.none.clone()))
}

// CPython: weakrefobject.c weakref_hash
fn ref_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let w = wr_of(vm, &args[0])?;
    if let Some(h) = w.hash.get() {
        return Ok(vm.new_int(h));
    }
    let Some(obj) = w.get() else {
        return Err(vm.new_type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    w.hash.set(Some(h));
    Ok(vm.new_int(h))
}

// CPython: weakrefobject.c weakref_richcompare
fn ref_compare(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(vm.new_type_error("expected 1 argument"));
    };
    let (Some(wa), Some(wb)) = (a.downcast::<WeakRefData>(), b.downcast::<WeakRefData>()) else {
        return Ok(vm.not_implemented.clone());
    };
    match (wa.get(), wb.get()) {
        (Some(x), Some(y)) => vm.compare(&x, &y, op),
        _ => {
            let same = a.is(b);
            Ok(vm.new_bool(if op == CompareOp::Eq { same } else { !same }))
        }
    }
}

fn ref_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ref_compare(vm, args, CompareOp::Eq)
}

fn ref_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ref_compare(vm, args, CompareOp::Ne)
}

fn not_implemented(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

// CPython: weakrefobject.c weakref_repr
fn ref_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let w = wr_of(vm, me)?;
    let Some(obj) = w.get() else {
        return Ok(vm.new_string(format!("<weakref at {:#x}; dead>", me.raw())));
    };
    let tname = type_full_name(vm, obj.class());
    let name = match vm.getattr_opt(&obj, &vm.names.__name__) {
        Ok(Some(n)) => Some(vm.repr(&n)?),
        Ok(None) => None,
        Err(e) => return Err(e),
    };
    Ok(vm.new_string(match name {
        Some(n) if n.len() >= 2 && (n.starts_with('\'') || n.starts_with('"')) => format!(
            "<weakref at {:#x}; to '{}' at {:#x} ({})>",
            me.raw(),
            tname,
            obj.raw(),
            &n[1..n.len() - 1]
        ),
        Some(n) => format!(
            "<weakref at {:#x}; to '{}' at {:#x} ({})>",
            me.raw(),
            tname,
            obj.raw(),
            n
        ),
        None => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            me.raw(),
            tname,
            obj.raw()
        ),
    }))
}

fn ref_callback_get(vm: &Vm, me: &Value) -> PyResult<Value> {
    let w = wr_of(vm, me)?;
    Ok(w.callback().unwrap_or_else(|| vm.none.clone()))
}

/// `ref[T]`: a `types.GenericAlias` (whose type is found as that of `list[int]`).
fn ref_class_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(cls), Some(item)) = (args.first(), args.get(1)) else {
        return Err(vm.new_type_error("__class_getitem__ expected 1 argument"));
    };
    let sample = vm.getitem(&vm.types.list.to_value(), &vm.types.int.to_value())?;
    let alias = sample.class().to_value();
    vm.call(&alias, &[cls.clone(), item.clone()], &[])
}

fn init_ref_type(vm: &Vm, t: StaticType) {
    crate::objects::builtin::add_staticmethod(vm, t, "__new__", ref_new);
    add_method(vm, t, "__init__", ref_init);
    add_method(vm, t, "__call__", ref_call);
    add_method(vm, t, "__hash__", ref_hash);
    add_method(vm, t, "__eq__", ref_eq);
    add_method(vm, t, "__ne__", ref_ne);
    for n in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(vm, t, n, not_implemented);
    }
    add_method(vm, t, "__repr__", ref_repr);
    crate::objects::builtin::add_classmethod(vm, t, "__class_getitem__", ref_class_getitem);
    crate::objects::descr::add_getset(vm, t, "__callback__", ref_callback_get, None);
}

// ----- proxies -----

/// `_weakref.proxy(ob, callback=None)`.
pub fn proxy_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("proxy() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(vm.new_type_error("proxy expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "proxy expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let t = weak_types(vm);
    let ob = &args[0];
    let cls = if supports_weakrefs(ob) && is_callable(vm, ob) {
        t.callable_proxy
    } else {
        t.proxy
    };
    new_weakref(vm, cls, ob, args.get(1).cloned(), true)
}

/// `weakref.ref(ob, callback)` made from Rust (the `_weakref.ref` type called).
pub fn new_ref(vm: &Vm, ob: &Value, callback: Option<Value>) -> PyResult<Value> {
    let t = weak_types(vm);
    new_weakref(vm, t.ref_, ob, callback, false)
}

fn dead(vm: &Vm) -> crate::vm::PyErr {
    vm.new_exception_msg(
        vm.types.exc.reference_error,
        "weakly-referenced object no longer exists",
    )
}

/// The referent of a proxy (ReferenceError when dead); other values unchanged.
fn unwrap(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.downcast::<WeakRefData>() {
        Some(w) if w.proxy => w.get().ok_or_else(|| dead(vm)),
        _ => Ok(v.clone()),
    }
}

/// Attribute lookup on a proxy: on the referent. Called by `Vm::getattr`.
pub fn proxy_getattr(vm: &Vm, proxy: &Value, name: &Obj<StrData>) -> PyResult<Value> {
    let o = unwrap(vm, proxy)?;
    vm.getattr(&o, name)
}

/// Attribute assignment or deletion on a proxy: on the referent. Called by `Vm::setattr`.
pub fn proxy_setattr(
    vm: &Vm,
    proxy: &Value,
    name: &Obj<StrData>,
    value: Option<Value>,
) -> PyResult<()> {
    let o = unwrap(vm, proxy)?;
    vm.setattr(&o, name, value)
}

/// Whether `v` is a proxy (for the attribute hooks of ops.rs).
#[inline]
pub fn is_proxy(v: &Value) -> bool {
    v.downcast::<WeakRefData>().is_some_and(|w| w.proxy)
}

fn proxy_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let w = wr_of(vm, me)?;
    let obj = w.get().unwrap_or_else(|| vm.none.clone());
    Ok(vm.new_string(format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        me.raw(),
        type_full_name(vm, obj.class()),
        obj.raw()
    )))
}

fn proxy_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.str_value(&o)
}

fn proxy_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_type_error(format!(
        "unhashable type: '{}'",
        type_full_name(vm, args[0].class())
    )))
}

fn proxy_bool(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    Ok(vm.new_bool(vm.is_true(&o)?))
}

fn proxy_len(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    Ok(vm.new_int(vm.len(&o)? as i64))
}

fn arg1<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Value> {
    args.get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument, got 0"))
}

fn proxy_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    let k = unwrap(vm, arg1(vm, args)?)?;
    vm.getitem(&o, &k)
}

fn proxy_setitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    let k = unwrap(vm, arg1(vm, args)?)?;
    let v = args
        .get(2)
        .ok_or_else(|| vm.new_type_error("expected 2 arguments, got 1"))?;
    let v = unwrap(vm, v)?;
    vm.setitem(&o, &k, Some(v))?;
    Ok(vm.none.clone())
}

fn proxy_delitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    let k = unwrap(vm, arg1(vm, args)?)?;
    vm.setitem(&o, &k, None)?;
    Ok(vm.none.clone())
}

fn proxy_contains(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    let k = unwrap(vm, arg1(vm, args)?)?;
    Ok(vm.new_bool(vm.contains(&o, &k)?))
}

fn proxy_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.iter(&o)
}

// CPython: weakrefobject.c proxy_iternext
fn proxy_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    if o.class().lookup(&vm.names.__next__).is_none() {
        return Err(vm.new_type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            o.class().name()
        )));
    }
    match vm.next(&o)? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

fn proxy_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.call(&o, &args[1..], kw)
}

fn proxy_compare(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    let a = unwrap(vm, &args[0])?;
    let b = unwrap(vm, arg1(vm, args)?)?;
    vm.compare(&a, &b, op)
}

macro_rules! proxy_cmp {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(fn $name(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            proxy_compare(vm, args, $op)
        })*
    };
}

proxy_cmp! {
    proxy_lt => CompareOp::Lt, proxy_le => CompareOp::Le, proxy_eq => CompareOp::Eq,
    proxy_ne => CompareOp::Ne, proxy_gt => CompareOp::Gt, proxy_ge => CompareOp::Ge,
}

fn proxy_binop(vm: &Vm, args: &[Value], op: u32, reflected: bool) -> PyResult<Value> {
    let a = unwrap(vm, &args[0])?;
    let b = unwrap(vm, arg1(vm, args)?)?;
    if reflected {
        vm.binary_op(&b, &a, op)
    } else {
        vm.binary_op(&a, &b, op)
    }
}

macro_rules! proxy_binops {
    ($($op:expr => $f:ident, $rf:ident, $if:ident;)*) => {
        $(
            fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                proxy_binop(vm, args, $op, false)
            }
            fn $rf(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                proxy_binop(vm, args, $op, true)
            }
            fn $if(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                proxy_binop(vm, args, $op + 13, false)
            }
        )*
        const PROXY_BINOPS: &[(u32, crate::objects::builtin::NativeFn, crate::objects::builtin::NativeFn, crate::objects::builtin::NativeFn)] =
            &[$(($op, $f, $rf, $if)),*];
    };
}

proxy_binops! {
    0 => px_add, px_radd, px_iadd;
    1 => px_and, px_rand, px_iand;
    2 => px_floordiv, px_rfloordiv, px_ifloordiv;
    3 => px_lshift, px_rlshift, px_ilshift;
    4 => px_matmul, px_rmatmul, px_imatmul;
    5 => px_mul, px_rmul, px_imul;
    6 => px_mod, px_rmod, px_imod;
    7 => px_or, px_ror, px_ior;
    8 => px_pow, px_rpow, px_ipow;
    9 => px_rshift, px_rrshift, px_irshift;
    10 => px_sub, px_rsub, px_isub;
    11 => px_truediv, px_rtruediv, px_itruediv;
    12 => px_xor, px_rxor, px_ixor;
}

fn proxy_unary(vm: &Vm, args: &[Value], op: UnaryOp) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.unary_op(&o, op)
}

fn proxy_neg(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_unary(vm, args, UnaryOp::Neg)
}
fn proxy_pos(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_unary(vm, args, UnaryOp::Pos)
}
fn proxy_invert(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_unary(vm, args, UnaryOp::Invert)
}

/// Calls the built-in function `name` on the referent (`abs`, `int`, `float`...).
fn proxy_builtin(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    let f = vm
        .builtins
        .get_str(&vm.intern(name))
        .ok_or_else(|| vm.new_type_error(format!("no built-in {name}")))?;
    vm.call(&f, &[o], &[])
}

fn proxy_abs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_builtin(vm, args, "abs")
}
fn proxy_int(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_builtin(vm, args, "int")
}
fn proxy_float(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_builtin(vm, args, "float")
}
fn proxy_reversed(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_builtin(vm, args, "reversed")
}
fn proxy_bytes(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    proxy_builtin(vm, args, "bytes")
}
fn proxy_index(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    let i = vm.index_to_isize(&o)?;
    Ok(vm.new_int(i as i64))
}

fn init_proxy_type(vm: &Vm, t: StaticType) {
    let methods: &[(&'static str, crate::objects::builtin::NativeFn)] = &[
        ("__repr__", proxy_repr),
        ("__str__", proxy_str),
        ("__hash__", proxy_hash),
        ("__bool__", proxy_bool),
        ("__len__", proxy_len),
        ("__getitem__", proxy_getitem),
        ("__setitem__", proxy_setitem),
        ("__delitem__", proxy_delitem),
        ("__contains__", proxy_contains),
        ("__iter__", proxy_iter),
        ("__next__", proxy_next),
        ("__lt__", proxy_lt),
        ("__le__", proxy_le),
        ("__eq__", proxy_eq),
        ("__ne__", proxy_ne),
        ("__gt__", proxy_gt),
        ("__ge__", proxy_ge),
        ("__neg__", proxy_neg),
        ("__pos__", proxy_pos),
        ("__invert__", proxy_invert),
        ("__abs__", proxy_abs),
        ("__int__", proxy_int),
        ("__float__", proxy_float),
        ("__index__", proxy_index),
        ("__reversed__", proxy_reversed),
        ("__bytes__", proxy_bytes),
    ];
    for (n, f) in methods {
        add_method(vm, t, n, *f);
    }
    for (op, f, rf, inf) in PROXY_BINOPS {
        let (n, rn, inn) = crate::number::BINOP_DUNDERS[*op as usize];
        add_method(vm, t, n, *f);
        add_method(vm, t, rn, *rf);
        add_method(vm, t, inn, *inf);
    }
}

// ----- callbacks -----

/// Calls the callbacks of weak references whose referent just died, in list order (newest
/// first), each with its reference; errors are reported as unraisable. The references are
/// already dead. CPython: weakrefobject.c PyObject_ClearWeakRefs / handle_callback.
pub fn handle_callbacks(refs: Vec<Value>) {
    if refs.is_empty() {
        return;
    }
    crate::gc::with_current_vm(|vm| call_callbacks(vm, &refs, &[]));
    drop(refs);
}

/// Calls the callbacks of `refs`, skipping the references at the addresses in `skip` (weak
/// references that are garbage themselves, for the collector).
pub fn call_callbacks(vm: &Vm, refs: &[Value], skip: &[usize]) {
    let mut calls = Vec::new();
    for r in refs {
        if let Some(w) = r.downcast::<WeakRefData>() {
            let cb = w.callback.borrow_mut().take();
            if skip.contains(&r.raw()) {
                drop(cb);
                continue;
            }
            if let Some(cb) = cb {
                calls.push((r.clone(), cb));
            }
        }
    }
    for (r, cb) in calls {
        if let Err(e) = vm.call(&cb, &[r], &[]) {
            crate::pythonrun::write_unraisable(vm, &e, Some(&cb));
        }
    }
}

/// `obj.__weakref__`: the first weak reference to `obj`, or None.
pub fn weakref_attr(vm: &Vm, v: &Value) -> PyResult<Value> {
    if !supports_weakrefs(v) {
        return Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute '__weakref__'",
            v.class().name()
        )));
    }
    Ok(weak_refs_of(v)
        .into_iter()
        .next()
        .unwrap_or_else(|| vm.none.clone()))
}

/// `callable(v)` (as builtins.c builtin_callable).
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    v.downcast::<crate::objects::function::FunctionData>()
        .is_some()
        || v.downcast::<crate::objects::builtin::BuiltinFunctionData>()
            .is_some()
        || v.downcast::<TypeData>().is_some()
        || v.downcast::<crate::objects::function::BoundMethodData>()
            .is_some()
        || v.downcast::<crate::objects::builtin::MethodDescrData>()
            .is_some()
        || v.class().lookup(&vm.names.__call__).is_some()
}

/// `__new__` of types whose instances only Rust makes ("cannot create ... instances").
pub fn no_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = match args.first().and_then(|c| c.downcast::<TypeData>()) {
        Some(t) => type_full_name(vm, t),
        None => "?".to_string(),
    };
    Err(vm.new_type_error(format!("cannot create '{name}' instances")))
}
