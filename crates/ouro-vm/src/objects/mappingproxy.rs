//! `types.MappingProxyType` (`mappingproxy`): a read-only view of a mapping, which is what
//! `cls.__dict__` and `vars(cls)` return. Reads are forwarded to the underlying mapping;
//! item assignment is refused. CPython: Objects/descrobject.c (mappingproxy).

use crate::object::{alloc_object, Obj, Payload, Value};
use crate::objects::dict::DictData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The payload of a `mappingproxy`.
pub struct MappingProxyData {
    pub mapping: Value,
}

impl Payload for MappingProxyData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.mapping);
    }
}

thread_local! {
    static MP_TYPE: std::cell::Cell<Option<StaticType>> = const { std::cell::Cell::new(None) };
}

/// The `mappingproxy` type.
pub fn mappingproxy_type() -> StaticType {
    if let Some(t) = MP_TYPE.with(|t| t.get()) {
        return t;
    }
    let t = crate::types::make_builtin_type::<MappingProxyData>(
        "mappingproxy",
        crate::object::layout_flags::HAS_GC,
    );
    MP_TYPE.with(|c| c.set(Some(t)));
    t
}

/// A read-only proxy of `mapping`.
pub fn new_mappingproxy(mapping: Value) -> Value {
    alloc_object(mappingproxy_type(), MappingProxyData { mapping }).into_value()
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj<MappingProxyData>> {
    args.first()
        .and_then(|a| a.downcast::<MappingProxyData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'mappingproxy' object"))
}

fn mapping(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    Ok(this(vm, args)?.mapping.clone())
}

fn no_kw(vm: &Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.new_type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn mp_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut m = args.get(1).filter(|_| npos >= 2).cloned();
    for (k, v) in kw.iter().zip(&args[npos..]) {
        if crate::ops::str_of(k) == Some("mapping") && m.is_none() {
            m = Some(v.clone());
        } else {
            return Err(vm.new_type_error(format!(
                "mappingproxy() got an unexpected keyword argument '{}'",
                crate::ops::str_of(k).unwrap_or("")
            )));
        }
    }
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "mappingproxy() takes at most 1 argument ({} given)",
            npos - 1
        )));
    }
    let Some(m) = m else {
        return Err(vm.new_type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    // CPython `mappingproxy_check_mapping`: a mapping, but not a list or tuple.
    let is_seq = m.downcast::<crate::objects::list::ListData>().is_some()
        || m.downcast::<crate::objects::tuple::TupleData>().is_some();
    if is_seq || m.class().lookup(&vm.names.__getitem__).is_none() {
        return Err(vm.new_type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.class().name()
        )));
    }
    Ok(new_mappingproxy(m))
}

fn mp_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    vm.getitem(&m, &args[1])
}

fn mp_get(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "get", kw)?;
    let m = mapping(vm, args)?;
    if !(2..=3).contains(&args.len()) {
        return Err(vm.new_type_error(format!(
            "get expected at least 1 argument, got {}",
            args.len() - 1
        )));
    }
    let default = args.get(2).cloned().unwrap_or_else(|| vm.none.clone());
    if let Some(d) = m.downcast::<DictData>() {
        return Ok(d.get_item(vm, &args[1])?.unwrap_or(default));
    }
    vm.call_method(&m, &vm.intern("get"), &[args[1].clone(), default])
}

fn forward0(vm: &Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    no_kw(vm, name, kw)?;
    let m = mapping(vm, args)?;
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "mappingproxy.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    vm.call_method(&m, &vm.intern(name), &[])
}

fn mp_keys(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward0(vm, args, kw, "keys")
}
fn mp_values(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward0(vm, args, kw, "values")
}
fn mp_items(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward0(vm, args, kw, "items")
}
fn mp_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    forward0(vm, args, kw, "copy")
}

fn mp_len(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    let n = vm.len(&m)?;
    Ok(vm.new_int(n as i64))
}

fn mp_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    vm.iter(&m)
}

fn mp_reversed(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    let r = vm
        .builtins
        .get_str(&vm.intern("reversed"))
        .ok_or_else(|| vm.new_name_error("reversed"))?;
    vm.call(&r, &[m], &[])
}

fn mp_contains(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    Ok(vm.new_bool(vm.contains(&m, &args[1])?))
}

fn mp_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    Ok(vm.new_string(format!("mappingproxy({})", vm.repr(&m)?)))
}

fn mp_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    vm.str_value(&m)
}

fn mp_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    Ok(vm.new_int(vm.hash(&m)?))
}

fn compare(vm: &Vm, args: &[Value], op: crate::number::CompareOp) -> PyResult<Value> {
    let m = mapping(vm, args)?;
    vm.compare(&m, &args[1], op)
}

fn mp_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::number::CompareOp::Eq)
}
fn mp_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::number::CompareOp::Ne)
}
fn mp_lt(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::number::CompareOp::Lt)
}
fn mp_le(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::number::CompareOp::Le)
}
fn mp_gt(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::number::CompareOp::Gt)
}
fn mp_ge(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    compare(vm, args, crate::number::CompareOp::Ge)
}

/// `proxy | other` and `other | proxy`: the underlying mappings merged (a new dict).
fn mp_or(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let unwrap = |v: &Value| match v.downcast::<MappingProxyData>() {
        Some(p) => p.mapping.clone(),
        None => v.clone(),
    };
    vm.binary_op(&unwrap(&args[0]), &unwrap(&args[1]), 7)
}

fn mp_ror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    mp_or(vm, &[args[1].clone(), args[0].clone()], kw)
}

fn mp_ior(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = args;
    Err(vm.new_type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

/// Fills the dict of `mappingproxy`.
pub fn init(vm: &Vm) {
    use crate::objects::builtin::NativeFn;
    use crate::objects::builtin::{add_classmethod, add_method, add_staticmethod};
    let t = mappingproxy_type();
    add_staticmethod(vm, t, "__new__", mp_new);
    let meths: &[(&'static str, NativeFn)] = &[
        ("__getitem__", mp_getitem),
        ("get", mp_get),
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("copy", mp_copy),
        ("__len__", mp_len),
        ("__iter__", mp_iter),
        ("__reversed__", mp_reversed),
        ("__contains__", mp_contains),
        ("__repr__", mp_repr),
        ("__str__", mp_str),
        ("__hash__", mp_hash),
        ("__eq__", mp_eq),
        ("__ne__", mp_ne),
        ("__lt__", mp_lt),
        ("__le__", mp_le),
        ("__gt__", mp_gt),
        ("__ge__", mp_ge),
        ("__or__", mp_or),
        ("__ror__", mp_ror),
        ("__ior__", mp_ior),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    add_classmethod(
        vm,
        t,
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
    );
}
