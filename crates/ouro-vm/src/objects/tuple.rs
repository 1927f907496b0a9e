//! `tuple`: immutable sequences, and the methods they expose. CPython: Objects/tupleobject.c.

use crate::object::{Obj, Payload, Value};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::int::as_int;
use crate::objects::list::{index_bounds, no_args, one_arg, positional, repeat_count, slf};
use crate::objects::range::SliceData;
use crate::vm::{PyResult, Vm};

pub struct TupleData {
    items: Box<[Value]>,
}

impl TupleData {
    pub fn new(items: Vec<Value>) -> TupleData {
        TupleData {
            items: items.into_boxed_slice(),
        }
    }
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        &self.items
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Payload for TupleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            visit(v);
        }
    }
}

impl Drop for TupleData {
    /// Drops the items last first, as CPython's tupledealloc.
    fn drop(&mut self) {
        let mut v = std::mem::take(&mut self.items).into_vec();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

/// The tuple payload of a value, if it is a tuple.
pub fn is_tuple(v: &Value) -> Option<&Obj<TupleData>> {
    v.downcast::<TupleData>()
}

/// The repr of a built-in container value (also for instances of subclasses).
pub fn container_repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    match crate::repr::native_repr(vm, v)? {
        Some(s) => Ok(vm.new_string(s)),
        None => Ok(vm.new_string(crate::repr::default_repr(vm, v))),
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<TupleData>> {
    slf::<TupleData>(vm, args, "tuple", meth)
}

fn tuple_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "index")?;
    let rest = positional(vm, "index", args, kw, 1, 3)?;
    let (start, stop) = index_bounds(vm, &rest[1..], t.len())?;
    for i in start..stop {
        if vm.eq_bool(&t.items()[i], &rest[0])? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.new_value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "count")?;
    let x = one_arg(vm, "tuple.count", args, kw)?;
    let mut n = 0;
    for v in t.items() {
        if vm.eq_bool(v, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn tuple_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "__len__")?;
    no_args(vm, "tuple.__len__", args, kw)?;
    Ok(vm.new_int(t.len() as i64))
}

/// `tuple[key]` on the payload (also for subclasses).
pub fn tuple_getitem(vm: &Vm, t: &Obj<TupleData>, key: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(key) {
        let Some(i) = i.to_i64() else {
            return Err(vm.new_index_error("cannot fit 'int' into an index-sized integer"));
        };
        let idx = crate::seq::norm_index(i, t.len());
        return match idx {
            Some(i) => Ok(t.items()[i].clone()),
            None => Err(vm.new_index_error("tuple index out of range")),
        };
    }
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _, step, n) = crate::seq::slice_indices(vm, s, t.len())?;
        if step == 1 && start == 0 && n == t.len() && std::ptr::eq(t.class(), vm.types.tuple) {
            return Ok(t.to_value());
        }
        return Ok(vm.new_tuple(
            (0..n)
                .map(|i| t.items()[(start + i as isize * step) as usize].clone())
                .collect(),
        ));
    }
    if key.class().lookup(&vm.names.__index__).is_some() {
        let i = vm.index_to_isize(key)?;
        return tuple_getitem(vm, t, &vm.new_int(i as i64));
    }
    Err(vm.new_type_error(format!(
        "tuple indices must be integers or slices, not {}",
        key.class().name()
    )))
}

fn tuple_getitem_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "__getitem__")?;
    let k = one_arg(vm, "tuple.__getitem__", args, kw)?;
    tuple_getitem(vm, t, k)
}

fn tuple_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "__contains__")?;
    let x = one_arg(vm, "tuple.__contains__", args, kw)?;
    for v in t.items() {
        if vm.eq_bool(v, x)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn tuple_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    no_args(vm, "tuple.__iter__", args, kw)?;
    Ok(crate::object::alloc_object(
        vm.types.tuple_iterator,
        crate::objects::iter::SeqIterData::new(args[0].clone()),
    )
    .into_value())
}

fn tuple_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "__add__")?;
    let o = one_arg(vm, "tuple.__add__", args, kw)?;
    match o.downcast::<TupleData>() {
        Some(o) => {
            let mut items = t.items().to_vec();
            items.extend(o.items().iter().cloned());
            Ok(vm.new_tuple(items))
        }
        None => Err(vm.new_type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            o.class().name()
        ))),
    }
}

fn tuple_mul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "__mul__")?;
    let o = one_arg(vm, "tuple.__mul__", args, kw)?;
    let Some(n) = repeat_count(vm, o)? else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.new_tuple(crate::objects::list::repeated(vm, t.items(), n)?))
}

/// CPython's xxHash-based tuple hash (tuplehash).
pub fn tuple_hash_items(vm: &Vm, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for item in items {
        let lane = vm.hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn tuple_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "__hash__")?;
    no_args(vm, "tuple.__hash__", args, kw)?;
    Ok(vm.new_int(tuple_hash_items(vm, t.items())?))
}

fn tuple_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__repr__")?;
    no_args(vm, "tuple.__repr__", args, kw)?;
    container_repr(vm, &args[0])
}

fn tuple_getnewargs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_tuple(t.items().to_vec())]))
}

pub fn init(vm: &Vm) {
    let t = vm.types.tuple;
    let meths: &[(&'static str, NativeFn)] = &[
        ("index", tuple_index),
        ("count", tuple_count),
        ("__len__", tuple_len),
        ("__getitem__", tuple_getitem_m),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("__hash__", tuple_hash),
        ("__repr__", tuple_repr),
        ("__getnewargs__", tuple_getnewargs),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    crate::number::add_comparisons(vm, t);
}
