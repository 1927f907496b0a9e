//! `range`, its iterator, and `slice`. CPython: Objects/rangeobject.c, Objects/sliceobject.c.

use std::cell::Cell;

use crate::object::{Payload, Value};
use crate::vm::Vm;

pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for RangeData {}

/// Iterator over a range whose bounds fit in an `i64`.
pub struct RangeIterData {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<u64>,
}

impl Payload for RangeIterData {}

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

pub fn init(vm: &Vm) {
    init_methods(vm);
}

// ----- range methods (CPython: Objects/rangeobject.c) -----

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::{alloc_object, Obj};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::int::as_int;
use crate::objects::list::{no_args, one_arg, slf};
use crate::vm::PyResult;

/// A range's (start, stop, step) as big ints.
pub fn range_parts(r: &RangeData) -> (BigInt, BigInt, BigInt) {
    let g = |v: &Value| as_int(v).map(|i| i.to_bigint()).unwrap_or_default();
    (g(&r.start), g(&r.stop), g(&r.step))
}

/// The number of items of a range (CPython compute_range_length).
pub fn range_len_big(r: &RangeData) -> BigInt {
    let (start, stop, step) = range_parts(r);
    if step.is_positive() {
        if start < stop {
            (stop - start - 1) / &step + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value], m: &str) -> PyResult<&'a Obj<RangeData>> {
    slf::<RangeData>(vm, args, "range", m)
}

fn range_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__len__")?;
    no_args(vm, "range.__len__", args, kw)?;
    let n = range_len_big(r);
    match n.to_i64() {
        Some(n) if n <= isize::MAX as i64 => Ok(vm.new_int(n)),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__bool__")?;
    Ok(vm.new_bool(!range_len_big(r).is_zero()))
}

fn new_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    alloc_object(
        vm.types.range,
        RangeData {
            start: vm.new_bigint(start),
            stop: vm.new_bigint(stop),
            step: vm.new_bigint(step),
        },
    )
    .into_value()
}

fn range_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__getitem__")?;
    let key = one_arg(vm, "range.__getitem__", args, kw)?;
    let (start, _, step) = range_parts(r);
    let len = range_len_big(r);
    if let Some(sl) = key.downcast::<SliceData>() {
        // Slice indices against a possibly huge length, exactly.
        let idx = vm.call_method(&sl.to_value(), &vm.intern("indices"), &[vm.new_bigint(len)])?;
        let items = crate::ops::tuple_items(&idx)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        let g = |i: usize| {
            items
                .get(i)
                .and_then(as_int)
                .map(|x| x.to_bigint())
                .unwrap_or_default()
        };
        let (a, b, c) = (g(0), g(1), g(2));
        return Ok(new_range(
            vm,
            &start + &a * &step,
            &start + &b * &step,
            &step * &c,
        ));
    }
    let i = match as_int(key) {
        Some(i) => i.to_bigint(),
        None => {
            if key.class().lookup(&vm.names.__index__).is_some() {
                let v = vm.call_special(key, &vm.names.__index__, &[])?;
                v.as_ref()
                    .and_then(as_int)
                    .map(|i| i.to_bigint())
                    .unwrap_or_default()
            } else {
                return Err(vm.new_type_error(format!(
                    "range indices must be integers or slices, not {}",
                    key.class().name()
                )));
            }
        }
    };
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.new_index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(start + i * step))
}

/// Whether the int `x` is in the range, arithmetically.
fn int_in_range(r: &RangeData, x: &BigInt) -> bool {
    let (start, stop, step) = range_parts(r);
    let inside = if step.is_positive() {
        &start <= x && x < &stop
    } else {
        &stop < x && x <= &start
    };
    inside && (x - &start).mod_floor(&step).is_zero()
}

fn is_exact_int(vm: &Vm, v: &Value) -> bool {
    v.as_small_int().is_some()
        || std::ptr::eq(v.class(), vm.types.int)
        || std::ptr::eq(v.class(), vm.types.bool_)
}

fn range_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__contains__")?;
    let x = one_arg(vm, "range.__contains__", args, kw)?;
    if is_exact_int(vm, x) {
        let b = as_int(x).map(|i| i.to_bigint()).unwrap_or_default();
        return Ok(vm.new_bool(int_in_range(r, &b)));
    }
    let it = vm.iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq_bool(&v, x)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn range_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "count")?;
    let x = one_arg(vm, "range.count", args, kw)?;
    if is_exact_int(vm, x) {
        let b = as_int(x).map(|i| i.to_bigint()).unwrap_or_default();
        return Ok(vm.new_int(int_in_range(r, &b) as i64));
    }
    let it = vm.iter(&args[0])?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq_bool(&v, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn range_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "index")?;
    let x = one_arg(vm, "range.index", args, kw)?;
    if is_exact_int(vm, x) {
        let b = as_int(x).map(|i| i.to_bigint()).unwrap_or_default();
        if int_in_range(r, &b) {
            let (start, _, step) = range_parts(r);
            return Ok(vm.new_bigint((b - start) / step));
        }
        return Err(vm.new_value_error(format!("{} is not in range", vm.repr(x)?)));
    }
    let it = vm.iter(&args[0])?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq_bool(&v, x)? {
            return Ok(vm.new_int(n));
        }
        n += 1;
    }
    Err(vm.new_value_error("sequence.index(x): x not in sequence"))
}

/// An iterator over a range from `first` by `step` for `n` items.
fn range_iter_from(vm: &Vm, first: &BigInt, step: &BigInt, n: &BigInt, r: &Value) -> Value {
    let last = first + step * (n - BigInt::one()).max(BigInt::zero());
    if let (Some(a), Some(s), Some(k), Some(_)) =
        (first.to_i64(), step.to_i64(), n.to_u64(), last.to_i64())
    {
        if s.checked_add(a).is_some() || k <= 1 {
            return alloc_object(
                vm.types.range_iterator,
                RangeIterData {
                    next: Cell::new(a),
                    step: s,
                    remaining: Cell::new(k),
                },
            )
            .into_value();
        }
    }
    let _ = r;
    // Big ranges: iterate a new range through the sequence protocol.
    let nr = new_range(vm, first.clone(), first + step * n, step.clone());
    alloc_object(
        vm.types.longrange_iterator,
        crate::objects::iter::SeqIterData::new(nr),
    )
    .into_value()
}

fn range_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__iter__")?;
    no_args(vm, "range.__iter__", args, kw)?;
    let (start, _, step) = range_parts(r);
    let n = range_len_big(r);
    Ok(range_iter_from(vm, &start, &step, &n, &args[0]))
}

fn range_reversed(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__reversed__")?;
    no_args(vm, "range.__reversed__", args, kw)?;
    let (start, _, step) = range_parts(r);
    let n = range_len_big(r);
    let last = &start + &step * (&n - BigInt::one());
    let first = if n.is_zero() { start } else { last };
    Ok(range_iter_from(vm, &first, &(-step), &n, &args[0]))
}

fn range_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__repr__")?;
    no_args(vm, "range.__repr__", args, kw)?;
    let (a, b) = (vm.repr(&r.start)?, vm.repr(&r.stop)?);
    if as_int(&r.step).and_then(|i| i.to_i64()) == Some(1) {
        Ok(vm.new_string(format!("range({a}, {b})")))
    } else {
        Ok(vm.new_string(format!("range({a}, {b}, {})", vm.repr(&r.step)?)))
    }
}

/// The values that decide range equality and hashing (CPython range_hash).
fn range_key(vm: &Vm, r: &RangeData) -> Value {
    let n = range_len_big(r);
    let (start, _, step) = range_parts(r);
    if n.is_zero() {
        vm.new_tuple(vec![vm.new_int(0), vm.none.clone(), vm.none.clone()])
    } else if n.is_one() {
        vm.new_tuple(vec![vm.new_int(1), vm.new_bigint(start), vm.none.clone()])
    } else {
        vm.new_tuple(vec![
            vm.new_bigint(n),
            vm.new_bigint(start),
            vm.new_bigint(step),
        ])
    }
}

fn range_cmp(vm: &Vm, args: &[Value], eq: bool) -> PyResult<Value> {
    let r = this(vm, args, "__eq__")?;
    let Some(o) = args.get(1).and_then(|o| o.downcast::<RangeData>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let same = vm.eq_bool(&range_key(vm, r), &range_key(vm, o))?;
    Ok(vm.new_bool(same == eq))
}

fn range_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    range_cmp(vm, args, true)
}

fn range_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    range_cmp(vm, args, false)
}

fn range_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__hash__")?;
    let h = vm.hash(&range_key(vm, r))?;
    Ok(vm.new_int(h))
}

fn range_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = this(vm, args, "__reduce__")?;
    Ok(vm.new_tuple(vec![
        vm.types.range.to_value(),
        vm.new_tuple(vec![r.start.clone(), r.stop.clone(), r.step.clone()]),
    ]))
}

fn get_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<RangeData>()
        .map(|r| r.start.clone())
        .ok_or_else(|| vm.new_type_error("expected range"))
}
fn get_stop(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<RangeData>()
        .map(|r| r.stop.clone())
        .ok_or_else(|| vm.new_type_error("expected range"))
}
fn get_step(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<RangeData>()
        .map(|r| r.step.clone())
        .ok_or_else(|| vm.new_type_error("expected range"))
}

/// The first item, step and number of items still to come of a range iterator (machine-word
/// or big).
fn rangeiter_state(vm: &Vm, it: &Value) -> PyResult<(BigInt, BigInt, BigInt)> {
    if let Some(r) = it.downcast::<RangeIterData>() {
        return Ok((
            BigInt::from(r.next.get()),
            BigInt::from(r.step),
            BigInt::from(r.remaining.get()),
        ));
    }
    if let Some(s) = it.downcast::<crate::objects::iter::SeqIterData>() {
        let seq = s.seq.borrow().clone();
        if let Some(r) = seq.as_ref().and_then(|q| q.downcast::<RangeData>()) {
            let (start, _, step) = range_parts(r);
            let i = BigInt::from(s.index.get());
            let left = (range_len_big(r) - &i).max(BigInt::zero());
            return Ok((start + &step * i, step, left));
        }
        return Ok((BigInt::zero(), BigInt::one(), BigInt::zero()));
    }
    Err(vm.new_type_error("expected a range iterator"))
}

/// `range_iterator.__reduce__`: `iter(range(next, next + left * step, step))` with no state.
/// CPython: rangeobject.c rangeiter_reduce.
fn rangeiter_reduce(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__reduce__", args, kw)?;
    let (next, step, left) = rangeiter_state(vm, &args[0])?;
    let stop = &next + &step * &left;
    let r = new_range(vm, next, stop, step);
    let iter = vm
        .builtins
        .get_str(&vm.intern("iter"))
        .ok_or_else(|| vm.new_name_error("iter"))?;
    Ok(vm.new_tuple(vec![iter, vm.new_tuple(vec![r]), vm.none.clone()]))
}

/// `longrange_iterator.__length_hint__`: the items left, as an int of any size
/// (`operator.length_hint` is what refuses one beyond `Py_ssize_t`).
fn longrangeiter_length_hint(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__length_hint__", args, kw)?;
    let (_, _, left) = rangeiter_state(vm, &args[0])?;
    Ok(vm.new_bigint(left))
}

/// `range_iterator.__setstate__(n)`: skips `n` more items (clamped to what is left).
/// CPython: rangeobject.c rangeiter_setstate.
fn rangeiter_setstate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = one_arg(vm, "__setstate__", args, kw)?;
    let n = vm.index_to_isize(n)?.max(0) as u64;
    let it = &args[0];
    if let Some(r) = it.downcast::<RangeIterData>() {
        let n = n.min(r.remaining.get());
        r.next
            .set(r.next.get().wrapping_add(r.step.wrapping_mul(n as i64)));
        r.remaining.set(r.remaining.get() - n);
    } else if let Some(s) = it.downcast::<crate::objects::iter::SeqIterData>() {
        let (_, _, left) = rangeiter_state(vm, it)?;
        let n = n.min(left.to_u64().unwrap_or(u64::MAX)) as usize;
        s.index.set(s.index.get().saturating_add(n));
    }
    Ok(vm.none.clone())
}

pub fn init_methods(vm: &Vm) {
    let t = vm.types.range;
    let meths: &[(&'static str, NativeFn)] = &[
        ("__len__", range_len),
        ("__bool__", range_bool),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
        ("__reversed__", range_reversed),
        ("__repr__", range_repr),
        ("__eq__", range_eq),
        ("__ne__", range_ne),
        ("__hash__", range_hash),
        ("__reduce__", range_reduce),
        ("count", range_count),
        ("index", range_index),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    for it in [vm.types.range_iterator, vm.types.longrange_iterator] {
        add_method(vm, it, "__reduce__", rangeiter_reduce);
        add_method(vm, it, "__setstate__", rangeiter_setstate);
    }
    add_method(
        vm,
        vm.types.longrange_iterator,
        "__length_hint__",
        longrangeiter_length_hint,
    );
    crate::objects::descr::add_getset(
        vm,
        t,
        "start",
        get_start,
        Some(crate::objects::list::readonly_member),
    );
    crate::objects::descr::add_getset(
        vm,
        t,
        "stop",
        get_stop,
        Some(crate::objects::list::readonly_member),
    );
    crate::objects::descr::add_getset(
        vm,
        t,
        "step",
        get_step,
        Some(crate::objects::list::readonly_member),
    );
}
