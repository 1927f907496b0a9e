//! The methods and operators of `set` and `frozenset`: construction, `add`/`remove`/`discard`/
//! `pop`, the algebra (union, intersection, difference, symmetric difference, with several
//! arguments and in place), subset tests, comparisons and the frozenset hash. Results are built
//! the way CPython builds them (which set is copied, which is iterated) so that their iteration
//! order matches. CPython: Objects/setobject.c.

use crate::number::CompareOp;
use crate::object::{alloc_object, Obj, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::dict::DictData;
use crate::objects::list::{no_args, no_kw, one_arg, slf};
use crate::objects::set::SetData;
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

fn is_frozen_type(vm: &Vm, t: &Obj<TypeData>) -> bool {
    t.is_subtype(vm.types.frozenset)
}

/// A new empty set of the base type of `like` (CPython make_new_set_basetype).
fn new_like(vm: &Vm, like: &Value) -> (SetData, bool) {
    (SetData::new(), is_frozen_type(vm, like.class()))
}

fn wrap(vm: &Vm, s: SetData, frozen: bool) -> Value {
    let ty = if frozen {
        vm.types.frozenset
    } else {
        vm.types.set
    };
    alloc_object(ty, s).into_value()
}

/// Adds every item of `it` to `s` (CPython set_update_internal).
pub fn update_internal(vm: &Vm, s: &SetData, it: &Value) -> PyResult<()> {
    if let Some(o) = it.downcast::<SetData>() {
        return s.merge_set(vm, o);
    }
    if let Some(d) = it.downcast::<DictData>() {
        if !it.class().is_heap() {
            return s.merge_dict(vm, d);
        }
    }
    // A range of small ints adds its numbers without an iterator.
    if let Some(r) = it.downcast::<crate::objects::range::RangeData>() {
        if let (Some(mut x), Some(stop), Some(step)) = (
            r.start.as_small_int(),
            r.stop.as_small_int(),
            r.step.as_small_int(),
        ) {
            while (step > 0 && x < stop) || (step < 0 && x > stop) {
                s.add(vm, vm.new_int(x))?;
                match x.checked_add(step) {
                    Some(n) => x = n,
                    None => break,
                }
            }
            return Ok(());
        }
    }
    let iter = vm.iter(it)?;
    while let Some(x) = vm.next(&iter)? {
        s.add(vm, x)?;
    }
    Ok(())
}

fn copy_data(vm: &Vm, s: &SetData) -> PyResult<SetData> {
    let n = SetData::new();
    n.merge_set(vm, s)?;
    Ok(n)
}

fn this<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<SetData>> {
    slf::<SetData>(vm, args, "set", meth)
}

fn check_mutable(vm: &Vm, args: &[Value], meth: &str) -> PyResult<()> {
    if is_frozen_type(vm, args[0].class()) {
        return Err(vm.new_type_error(format!(
            "descriptor '{meth}' for 'set' objects doesn't apply to a 'frozenset' object"
        )));
    }
    Ok(())
}

fn set_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeData>())
        .ok_or_else(|| vm.new_type_error("set.__new__ needs a type"))?;
    if std::ptr::eq(cls, vm.types.set) && !kw.is_empty() {
        return Err(vm.new_type_error("set() takes no keyword arguments"));
    }
    Ok(alloc_object(cls, SetData::new()).into_value())
}

fn set_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "__init__")?;
    no_kw(vm, "set", kw)?;
    let npos = args.len() - kw.len();
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "{} expected at most 1 argument, got {}",
            args[0].class().name(),
            npos - 1
        )));
    }
    s.clear_all();
    if npos == 2 {
        update_internal(vm, s, &args[1])?;
    }
    Ok(vm.none.clone())
}

fn frozenset_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeData>())
        .ok_or_else(|| vm.new_type_error("frozenset.__new__ needs a type"))?;
    // Keywords are refused unless a subclass has an `__init__` of its own to take them.
    if !kw.is_empty() {
        let object_init = vm.types.object.dict.get_str(&vm.names.__init__);
        let own_init = cls
            .lookup(&vm.names.__init__)
            .is_some_and(|f| !object_init.as_ref().is_some_and(|o| o.is(&f)));
        if std::ptr::eq(cls, vm.types.frozenset) || !own_init {
            return Err(vm.new_type_error("frozenset() takes no keyword arguments"));
        }
    }
    let npos = args.len() - kw.len();
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "{} expected at most 1 argument, got {}",
            cls.name(),
            npos - 1
        )));
    }
    if npos == 2
        && std::ptr::eq(cls, vm.types.frozenset)
        && std::ptr::eq(args[1].class(), vm.types.frozenset)
    {
        return Ok(args[1].clone());
    }
    let s = SetData::new();
    if npos == 2 {
        update_internal(vm, &s, &args[1])?;
    }
    Ok(alloc_object(cls, s).into_value())
}

fn set_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "add")?;
    check_mutable(vm, args, "add")?;
    let x = one_arg(vm, "set.add", args, kw)?;
    s.add(vm, x.clone())?;
    Ok(vm.none.clone())
}

/// A set argument that is itself an unhashable set is looked up as a frozenset (CPython
/// set_discard_key / set_contains_key retry).
pub fn with_frozen_retry<R>(vm: &Vm, x: &Value, f: impl Fn(&Value) -> PyResult<R>) -> PyResult<R> {
    match f(x) {
        Err(e)
            if e.class().is_subtype(vm.types.exc.type_error)
                && x.downcast::<SetData>().is_some()
                && !is_frozen_type(vm, x.class()) =>
        {
            let s = x
                .downcast::<SetData>()
                .map(|s| s.items())
                .unwrap_or_default();
            let fs = crate::ops::new_frozenset(vm, s);
            f(&fs)
        }
        r => r,
    }
}

fn set_remove(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "remove")?;
    check_mutable(vm, args, "remove")?;
    let x = one_arg(vm, "set.remove", args, kw)?;
    if with_frozen_retry(vm, x, |k| s.discard(vm, k))? {
        Ok(vm.none.clone())
    } else {
        Err(vm.new_key_error(x.clone()))
    }
}

fn set_discard(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "discard")?;
    check_mutable(vm, args, "discard")?;
    let x = one_arg(vm, "set.discard", args, kw)?;
    with_frozen_retry(vm, x, |k| s.discard(vm, k))?;
    Ok(vm.none.clone())
}

fn set_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "pop")?;
    check_mutable(vm, args, "pop")?;
    no_args(vm, "set.pop", args, kw)?;
    s.pop_any()
        .ok_or_else(|| vm.new_key_error(vm.new_str("pop from an empty set")))
}

fn set_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "clear")?;
    check_mutable(vm, args, "clear")?;
    no_args(vm, "set.clear", args, kw)?;
    s.clear_all();
    Ok(vm.none.clone())
}

fn set_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "copy")?;
    no_args(vm, "set.copy", args, kw)?;
    if std::ptr::eq(args[0].class(), vm.types.frozenset) {
        return Ok(args[0].clone());
    }
    let frozen = is_frozen_type(vm, args[0].class());
    Ok(wrap(vm, copy_data(vm, s)?, frozen))
}

fn set_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "__len__")?;
    no_args(vm, "set.__len__", args, kw)?;
    Ok(vm.new_int(s.len() as i64))
}

fn set_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "__contains__")?;
    let x = one_arg(vm, "set.__contains__", args, kw)?;
    Ok(vm.new_bool(with_frozen_retry(vm, x, |k| s.contains(vm, k))?))
}

fn set_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "__iter__")?;
    no_args(vm, "set.__iter__", args, kw)?;
    let it = crate::objects::iter::SeqIterData::new(args[0].clone());
    it.expected_len.set(s.len());
    Ok(alloc_object(vm.types.set_iterator, it).into_value())
}

fn set_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__repr__")?;
    no_args(vm, "set.__repr__", args, kw)?;
    Ok(vm.new_string(crate::repr::set_repr(vm, &args[0])?))
}

/// `set.__reduce__()`: `(type(self), (list(self),), self.__getstate__())`.
fn set_reduce(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "__reduce__")?;
    no_args(vm, "set.__reduce__", args, kw)?;
    let keys = vm.new_list(s.items());
    let state = vm.call_method(&args[0], &vm.intern("__getstate__"), &[])?;
    Ok(vm.new_tuple(vec![
        args[0].class().to_value(),
        vm.new_tuple(vec![keys]),
        state,
    ]))
}

/// `set.__sizeof__()`: the size of CPython's set object, plus its table when that outgrew the
/// eight entries kept inside the object.
fn set_sizeof(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "__sizeof__")?;
    no_args(vm, "set.__sizeof__", args, kw)?;
    Ok(vm.new_int(sizeof(s)))
}

/// What `set.__sizeof__` reports for `s`.
pub fn sizeof(s: &SetData) -> i64 {
    let table = s.table_size();
    let extra = if table > 8 { 16 * table } else { 0 };
    (200 + extra) as i64
}

fn set_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "__hash__")?;
    if s.hash.get() == -1 {
        s.hash.set(s.frozen_hash());
    }
    Ok(vm.new_int(s.hash.get()))
}

// ----- the algebra -----

/// `so & other` (CPython set_intersection).
fn intersection(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let s = so.downcast::<SetData>().map(|s| s as &SetData);
    let (res, frozen) = new_like(vm, so);
    let Some(s) = s else {
        return Ok(wrap(vm, res, frozen));
    };
    if let Some(o) = other.downcast::<SetData>() {
        let (small, big) = if o.len() > s.len() {
            (s, o as &SetData)
        } else {
            (o as &SetData, s)
        };
        for (h, k) in small.hashed_items() {
            if big.contains_hashed(vm, &k, h)? {
                res.add_hashed(vm, k, h)?;
            }
        }
        return Ok(wrap(vm, res, frozen));
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if s.contains_hashed(vm, &x, h)? {
            res.add_hashed(vm, x, h)?;
        }
    }
    Ok(wrap(vm, res, frozen))
}

/// `so - other` (CPython set_difference).
fn difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let Some(s) = so.downcast::<SetData>() else {
        return Err(vm.new_type_error("expected a set"));
    };
    let frozen = is_frozen_type(vm, so.class());
    let other_size = if let Some(o) = other.downcast::<SetData>() {
        Some(o.len())
    } else if let Some(d) = other.downcast::<DictData>() {
        Some(d.len())
    } else {
        None
    };
    match other_size {
        Some(n) if (s.len() >> 2) <= n => {
            let res = SetData::new();
            for (h, k) in s.hashed_items() {
                let inside = if let Some(o) = other.downcast::<SetData>() {
                    o.contains_hashed(vm, &k, h)?
                } else if let Some(d) = other.downcast::<DictData>() {
                    d.get_hashed(vm, &k, h)?.is_some()
                } else {
                    false
                };
                if !inside {
                    res.add_hashed(vm, k, h)?;
                }
            }
            Ok(wrap(vm, res, frozen))
        }
        _ => {
            let res = copy_data(vm, s)?;
            difference_update_one(vm, &res, other)?;
            Ok(wrap(vm, res, frozen))
        }
    }
}

fn difference_update_one(vm: &Vm, s: &SetData, other: &Value) -> PyResult<()> {
    if let Some(o) = other.downcast::<SetData>() {
        for (h, k) in o.hashed_items() {
            s.discard_hashed(vm, &k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        s.discard(vm, &x)?;
    }
    Ok(())
}

pub fn symmetric_update_one(vm: &Vm, s: &SetData, other: &Value) -> PyResult<()> {
    let exact_dict = std::ptr::eq(other.class(), vm.types.dict);
    let items = match other.downcast::<SetData>() {
        Some(o) => o.hashed_items(),
        // A dict's keys are taken in its order, with their stored hashes.
        None if exact_dict => match other.downcast::<DictData>() {
            Some(d) => d
                .hashed_items()
                .into_iter()
                .map(|(h, k, _)| (h, k))
                .collect(),
            None => Vec::new(),
        },
        None => {
            let tmp = SetData::new();
            update_internal(vm, &tmp, other)?;
            tmp.hashed_items()
        }
    };
    for (h, k) in items {
        if !s.discard_hashed(vm, &k, h)? {
            s.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other` (CPython set_symmetric_difference: a copy of `other`, updated by `so`).
fn symmetric_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let frozen = is_frozen_type(vm, so.class());
    let res = SetData::new();
    update_internal(vm, &res, other)?;
    symmetric_update_one(vm, &res, so)?;
    Ok(wrap(vm, res, frozen))
}

fn union(vm: &Vm, so: &Value, others: &[Value]) -> PyResult<Value> {
    let Some(s) = so.downcast::<SetData>() else {
        return Err(vm.new_type_error("expected a set"));
    };
    let frozen = is_frozen_type(vm, so.class());
    let res = copy_data(vm, s)?;
    for o in others {
        update_internal(vm, &res, o)?;
    }
    Ok(wrap(vm, res, frozen))
}

fn set_union(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "union")?;
    no_kw(vm, "set.union", kw)?;
    union(vm, &args[0], &args[1..])
}

fn set_intersection(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "intersection")?;
    no_kw(vm, "set.intersection", kw)?;
    let frozen = is_frozen_type(vm, args[0].class());
    if args.len() == 1 {
        return Ok(wrap(vm, copy_data(vm, s)?, frozen));
    }
    let mut res = args[0].clone();
    for o in &args[1..] {
        res = intersection(vm, &res, o)?;
    }
    Ok(res)
}

fn set_difference(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "difference")?;
    no_kw(vm, "set.difference", kw)?;
    let frozen = is_frozen_type(vm, args[0].class());
    if args.len() == 1 {
        return Ok(wrap(vm, copy_data(vm, s)?, frozen));
    }
    let res = difference(vm, &args[0], &args[1])?;
    if let Some(r) = res.downcast::<SetData>() {
        for o in &args[2..] {
            difference_update_one(vm, r, o)?;
        }
    }
    Ok(res)
}

fn set_symmetric_difference(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "symmetric_difference")?;
    let o = one_arg(vm, "set.symmetric_difference", args, kw)?;
    symmetric_difference(vm, &args[0], o)
}

fn set_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "update")?;
    check_mutable(vm, args, "update")?;
    no_kw(vm, "set.update", kw)?;
    for o in &args[1..] {
        update_internal(vm, s, o)?;
    }
    Ok(vm.none.clone())
}

/// Replaces the contents of `s` with those of the set `src`.
fn assign(vm: &Vm, s: &SetData, src: &Value) -> PyResult<()> {
    s.clear_all();
    if let Some(o) = src.downcast::<SetData>() {
        s.merge_set(vm, o)?;
    }
    Ok(())
}

fn set_intersection_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "intersection_update")?;
    check_mutable(vm, args, "intersection_update")?;
    no_kw(vm, "set.intersection_update", kw)?;
    let mut res = args[0].clone();
    for o in &args[1..] {
        res = intersection(vm, &res, o)?;
    }
    if args.len() > 1 {
        assign(vm, s, &res)?;
    }
    Ok(vm.none.clone())
}

fn set_difference_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "difference_update")?;
    check_mutable(vm, args, "difference_update")?;
    no_kw(vm, "set.difference_update", kw)?;
    for o in &args[1..] {
        difference_update_one(vm, s, o)?;
    }
    Ok(vm.none.clone())
}

fn set_symmetric_difference_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "symmetric_difference_update")?;
    check_mutable(vm, args, "symmetric_difference_update")?;
    let o = one_arg(vm, "set.symmetric_difference_update", args, kw)?;
    if o.is(&args[0]) {
        s.clear_all();
        return Ok(vm.none.clone());
    }
    symmetric_update_one(vm, s, o)?;
    Ok(vm.none.clone())
}

fn subset_of(vm: &Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.hashed_items() {
        if !b.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "issubset")?;
    let o = one_arg(vm, "set.issubset", args, kw)?;
    if let Some(os) = o.downcast::<SetData>() {
        return Ok(vm.new_bool(subset_of(vm, s, os)?));
    }
    let tmp = SetData::new();
    update_internal(vm, &tmp, o)?;
    Ok(vm.new_bool(subset_of(vm, s, &tmp)?))
}

fn set_issuperset(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "issuperset")?;
    let o = one_arg(vm, "set.issuperset", args, kw)?;
    if let Some(os) = o.downcast::<SetData>() {
        return Ok(vm.new_bool(subset_of(vm, os, s)?));
    }
    let it = vm.iter(o)?;
    while let Some(x) = vm.next(&it)? {
        if !s.contains(vm, &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn set_isdisjoint(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, args, "isdisjoint")?;
    let o = one_arg(vm, "set.isdisjoint", args, kw)?;
    if let Some(os) = o.downcast::<SetData>() {
        let (small, big): (&SetData, &SetData) = if os.len() > s.len() { (s, os) } else { (os, s) };
        for (h, k) in small.hashed_items() {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(vm.false_.clone());
            }
        }
        return Ok(vm.true_.clone());
    }
    let it = vm.iter(o)?;
    while let Some(x) = vm.next(&it)? {
        if s.contains(vm, &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

// ----- operators -----

fn operands<'a>(args: &'a [Value], reflected: bool) -> Option<(&'a Value, &'a Value)> {
    let (a, b) = (args.first()?, args.get(1)?);
    if a.downcast::<SetData>().is_none() || b.downcast::<SetData>().is_none() {
        return None;
    }
    Some(if reflected { (b, a) } else { (a, b) })
}

fn binop(vm: &Vm, args: &[Value], op: char, reflected: bool) -> PyResult<Value> {
    let Some((a, b)) = operands(args, reflected) else {
        return Ok(vm.not_implemented.clone());
    };
    match op {
        '|' => union(vm, a, std::slice::from_ref(b)),
        '&' => intersection(vm, a, b),
        '-' => difference(vm, a, b),
        _ => symmetric_difference(vm, a, b),
    }
}

fn inplace(vm: &Vm, args: &[Value], op: char) -> PyResult<Value> {
    let Some((a, b)) = operands(args, false) else {
        return Ok(vm.not_implemented.clone());
    };
    let Some(s) = a.downcast::<SetData>() else {
        return Ok(vm.not_implemented.clone());
    };
    match op {
        '|' => update_internal(vm, s, b)?,
        '&' => {
            let r = intersection(vm, a, b)?;
            assign(vm, s, &r)?;
        }
        '-' => {
            if a.is(b) {
                s.clear_all();
            } else {
                difference_update_one(vm, s, b)?;
            }
        }
        _ => {
            if a.is(b) {
                s.clear_all();
            } else {
                symmetric_update_one(vm, s, b)?;
            }
        }
    }
    Ok(a.clone())
}

macro_rules! set_ops {
    ($($f:ident, $rf:ident, $if:ident = $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { binop(vm, args, $op, false) }
            fn $rf(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { binop(vm, args, $op, true) }
            fn $if(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { inplace(vm, args, $op) }
        )*
    };
}

set_ops! {
    op_or, op_ror, op_ior = '|'; op_and, op_rand, op_iand = '&';
    op_sub, op_rsub, op_isub = '-'; op_xor, op_rxor, op_ixor = '^';
}

fn cmp(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    this(vm, args, op.dunder())?;
    let Some(b) = args.get(1) else {
        return Err(vm.new_type_error("expected 1 argument"));
    };
    if b.downcast::<SetData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    match crate::number::native_compare(vm, &args[0], b, op)? {
        Some(r) => Ok(vm.new_bool(r)),
        None => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! set_cmps {
    ($($f:ident = $op:expr;)*) => {
        $( fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { cmp(vm, args, $op) } )*
    };
}

set_cmps! {
    cmp_lt = CompareOp::Lt; cmp_le = CompareOp::Le; cmp_eq = CompareOp::Eq;
    cmp_ne = CompareOp::Ne; cmp_gt = CompareOp::Gt; cmp_ge = CompareOp::Ge;
}

pub fn init(vm: &Vm) {
    let (set, frozen) = (vm.types.set, vm.types.frozenset);
    add_staticmethod(vm, set, "__new__", set_new);
    add_staticmethod(vm, frozen, "__new__", frozenset_new);
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", set_len),
        ("__contains__", set_contains),
        ("__iter__", set_iter),
        ("__repr__", set_repr),
        ("__reduce__", set_reduce),
        ("__sizeof__", set_sizeof),
        ("__or__", op_or),
        ("__ror__", op_ror),
        ("__and__", op_and),
        ("__rand__", op_rand),
        ("__sub__", op_sub),
        ("__rsub__", op_rsub),
        ("__xor__", op_xor),
        ("__rxor__", op_rxor),
        ("__lt__", cmp_lt),
        ("__le__", cmp_le),
        ("__eq__", cmp_eq),
        ("__ne__", cmp_ne),
        ("__gt__", cmp_gt),
        ("__ge__", cmp_ge),
    ];
    for ty in [set, frozen] {
        for (name, f) in common {
            add_method(vm, ty, name, *f);
        }
    }
    let mutating: &[(&'static str, NativeFn)] = &[
        ("__init__", set_init),
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("__ior__", op_ior),
        ("__iand__", op_iand),
        ("__isub__", op_isub),
        ("__ixor__", op_ixor),
    ];
    for (name, f) in mutating {
        add_method(vm, set, name, *f);
    }
    add_method(vm, frozen, "__hash__", set_hash);
    let _ = set_hash;
    set.dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
}
