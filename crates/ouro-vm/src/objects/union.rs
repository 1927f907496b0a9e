//! `types.UnionType`: the object `int | str` evaluates to (PEP 604), made by `type.__or__`
//! and `GenericAlias.__or__`, with its flattened, de-duplicated arguments, repr, set-like
//! equality and hash, parameters and substitution. `isinstance`/`issubclass` treat a union as
//! the tuple of its arguments. CPython: Objects/unionobject.c.

use std::cell::{Cell, RefCell};

use crate::object::{alloc_object, Obj, Payload, Value};
use crate::objects::genericalias::{is_generic_alias, repr_item};
use crate::objects::tuple::TupleData;
use crate::typeobject::TypeData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The payload of a `types.UnionType`.
pub struct UnionData {
    /// Always a tuple of at least two items.
    pub args: Value,
    pub parameters: RefCell<Option<Value>>,
}

impl Payload for UnionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.args);
        if let Ok(p) = self.parameters.try_borrow() {
            if let Some(p) = &*p {
                visit(p);
            }
        }
    }
}

thread_local! {
    static UNION_TYPE: Cell<Option<StaticType>> = const { Cell::new(None) };
}

/// `types.UnionType`.
pub fn union_type() -> StaticType {
    if let Some(t) = UNION_TYPE.with(|t| t.get()) {
        return t;
    }
    let t = crate::types::make_builtin_type::<UnionData>(
        "types.UnionType",
        crate::object::layout_flags::HAS_GC,
    );
    UNION_TYPE.with(|c| c.set(Some(t)));
    t
}

/// The arguments of a union, if `v` is one.
pub fn union_args(v: &Value) -> Option<Value> {
    v.downcast::<UnionData>().map(|u| u.args.clone())
}

fn is_unionable(vm: &Vm, v: &Value) -> bool {
    vm.is_none(v)
        || v.downcast::<TypeData>().is_some()
        || is_generic_alias(v)
        || v.downcast::<UnionData>().is_some()
        || crate::typevarobject::is_type_alias(v)
}

/// Flattens nested unions, turns `None` into `NoneType` and drops duplicates (CPython
/// `dedup_and_flatten_args`).
fn dedup_and_flatten(vm: &Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut flat = Vec::new();
    for a in args {
        if let Some(u) = a.downcast::<UnionData>() {
            if let Some(t) = u.args.downcast::<TupleData>() {
                flat.extend_from_slice(t.items());
            }
        } else if vm.is_none(a) {
            flat.push(vm.types.none.to_value());
        } else {
            flat.push(a.clone());
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for a in flat {
        let mut dup = false;
        for b in &out {
            dup = if is_generic_alias(&a) && is_generic_alias(b) {
                vm.eq_bool(&a, b)?
            } else {
                a.is(b)
            };
            if dup {
                break;
            }
        }
        if !dup {
            out.push(a);
        }
    }
    Ok(out)
}

/// A union of `args`, or the single remaining argument (CPython `make_union`).
pub fn make_union(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let args = dedup_and_flatten(vm, args)?;
    if args.len() == 1 {
        return Ok(args[0].clone());
    }
    Ok(alloc_object(
        union_type(),
        UnionData {
            args: vm.new_tuple(args),
            parameters: RefCell::new(None),
        },
    )
    .into_value())
}

/// `a | b` for types, generic aliases, unions and None (CPython `_Py_union_type_or`).
pub fn union_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    make_union(vm, &[a.clone(), b.clone()])
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj<UnionData>> {
    args.first()
        .and_then(|a| a.downcast::<UnionData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'types.UnionType' object"))
}

fn union_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let u = this(vm, args)?;
    let items = u.args.clone();
    let mut parts = Vec::new();
    for a in items
        .downcast::<TupleData>()
        .map(|t| t.items())
        .unwrap_or(&[])
    {
        if a.is(&vm.types.none.to_value()) {
            parts.push("None".to_string());
        } else {
            parts.push(repr_item(vm, a)?);
        }
    }
    Ok(vm.new_string(parts.join(" | ")))
}

fn union_args_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    union_args(v).ok_or_else(|| vm.new_type_error("descriptor requires a 'types.UnionType'"))
}

fn union_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    let u = this(vm, std::slice::from_ref(v))?;
    crate::objects::genericalias::cached_parameters(vm, &u.parameters, &u.args)
}

fn as_frozenset(vm: &Vm, args: &Value) -> Value {
    let items = args
        .downcast::<TupleData>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    crate::ops::new_frozenset(vm, items)
}

fn union_eq_impl(vm: &Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let a = this(vm, args)?;
    let Some(b) = args.get(1).and_then(|b| b.downcast::<UnionData>()) else {
        return Ok(None);
    };
    let (sa, sb) = (as_frozenset(vm, &a.args), as_frozenset(vm, &b.args));
    Ok(Some(vm.eq_bool(&sa, &sb)?))
}

fn union_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match union_eq_impl(vm, args)? {
        Some(r) => vm.new_bool(r),
        None => vm.not_implemented.clone(),
    })
}

fn union_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match union_eq_impl(vm, args)? {
        Some(r) => vm.new_bool(!r),
        None => vm.not_implemented.clone(),
    })
}

fn union_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let u = this(vm, args)?;
    let s = as_frozenset(vm, &u.args);
    Ok(vm.new_int(vm.hash(&s)?))
}

fn union_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let u = this(vm, args)?;
    let item = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument, got 0"))?;
    let params = crate::objects::genericalias::cached_parameters(vm, &u.parameters, &u.args)?;
    let newargs =
        crate::objects::genericalias::subs_parameters(vm, &args[0], &u.args, &params, item)?;
    let Some((first, rest)) = newargs.split_first() else {
        return make_union(vm, &[]);
    };
    let mut res = first.clone();
    for a in rest {
        res = vm.binary_op(&res, a, 7)?;
    }
    Ok(res)
}

fn union_or_method(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    union_or(vm, &args[0], &args[1])
}

fn union_ror_method(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    union_or(vm, &args[1], &args[0])
}

fn union_new(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_type_error("cannot create 'types.UnionType' instances"))
}

/// `type.__or__` / `type.__ror__`.
fn type_or(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    union_or(vm, &args[0], &args[1])
}

fn type_ror(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    union_or(vm, &args[1], &args[0])
}

/// Creates `types.UnionType` and registers `type.__or__`.
pub fn init(vm: &Vm) {
    use crate::objects::builtin::{add_method, add_staticmethod};
    use crate::objects::descr::add_getset;
    let t = union_type();
    crate::objects::descr::set_dotted_name(vm, t);
    add_staticmethod(vm, t, "__new__", union_new);
    add_getset(vm, t, "__args__", union_args_get, None);
    add_getset(vm, t, "__parameters__", union_parameters, None);
    add_method(vm, t, "__repr__", union_repr);
    add_method(vm, t, "__eq__", union_eq);
    add_method(vm, t, "__ne__", union_ne);
    add_method(vm, t, "__hash__", union_hash);
    add_method(vm, t, "__getitem__", union_getitem);
    add_method(vm, t, "__or__", union_or_method);
    add_method(vm, t, "__ror__", union_ror_method);
    add_method(vm, vm.types.type_, "__or__", type_or);
    add_method(vm, vm.types.type_, "__ror__", type_ror);
}
