//! Sequence and mapping protocols: subscripting (`getitem`/`setitem` with ints and slices),
//! `len` of the built-in containers, `iter` and `next` (with the `__getitem__` fallback).
//! CPython: Objects/abstract.c (PyObject_GetItem, PyObject_GetIter, PyIter_Next),
//! Objects/listobject.c, Objects/tupleobject.c, Objects/iterobject.c.

use crate::object::{alloc_object, Value};
use crate::objects::dict::DictData;
use crate::objects::int::{as_int, IntRef};
use crate::objects::iter::{DictIterData, DictIterKind, SeqIterData};
use crate::objects::list::ListData;
use crate::objects::range::{RangeIterData, SliceData};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::vm::{PyResult, Vm};

/// `len` of built-in containers; None when not one.
pub fn native_len(v: &Value) -> Option<usize> {
    if let Some(l) = v.downcast::<ListData>() {
        return Some(l.len());
    }
    if let Some(t) = v.downcast::<TupleData>() {
        return Some(t.len());
    }
    if let Some(s) = v.downcast::<StrData>() {
        return Some(s.char_len());
    }
    if let Some(d) = v.downcast::<DictData>() {
        return Some(d.len());
    }
    if let Some(s) = v.downcast::<crate::objects::set::SetData>() {
        return Some(s.len());
    }
    if let Some(b) = v.downcast::<crate::objects::bytes::BytesData>() {
        return Some(b.0.len());
    }
    None
}

/// Resolves a possibly negative index against `len`.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

/// `slice.indices(len)`: (start, stop, step, slicelength).
pub fn slice_indices(vm: &Vm, s: &SliceData, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = slice_unpack(vm, s)?;
    Ok(slice_adjust(start, stop, step, len))
}

/// The bounds and step of a slice as numbers (their `__index__` called, which may run any
/// code), the step not zero; for `slice_adjust` to fit to a length read afterwards.
/// CPython: PySlice_Unpack.
pub fn slice_unpack(vm: &Vm, s: &SliceData) -> PyResult<(Option<isize>, Option<isize>, isize)> {
    let get = |v: &Value| -> PyResult<Option<isize>> {
        if vm.is_none(v) {
            Ok(None)
        } else {
            match as_int(v) {
                Some(IntRef::Small(i)) => Ok(Some(
                    i.clamp(isize::MIN as i64 / 2, isize::MAX as i64 / 2) as isize,
                )),
                Some(IntRef::Big(b)) if num_traits::ToPrimitive::to_i64(b).is_some() => Ok(Some(
                    num_traits::ToPrimitive::to_i64(b)
                        .unwrap_or(0)
                        .clamp(isize::MIN as i64 / 2, isize::MAX as i64 / 2)
                        as isize,
                )),
                Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                })),
                None => vm.index_to_isize(v).map(Some).map_err(|_| {
                    vm.new_type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            }
        }
    };
    let step = get(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.new_value_error("slice step cannot be zero"));
    }
    Ok((get(&s.start)?, get(&s.stop)?, step))
}

/// Unpacked slice bounds fitted to a sequence of `len` items: (start, stop, step,
/// slicelength). CPython: PySlice_AdjustIndices.
pub fn slice_adjust(
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
    len: usize,
) -> (isize, isize, isize, usize) {
    let len = len as isize;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<isize>, default: isize| -> isize {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

fn slice_positions(start: isize, step: isize, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |i| (start + i as isize * step) as usize)
}

impl Vm {
    /// `container[key]`.
    pub fn getitem(&self, c: &Value, key: &Value) -> PyResult<Value> {
        let heap = c.class().is_heap();
        if !heap {
            if let Some(l) = c.downcast::<ListData>() {
                return crate::objects::list::list_getitem(self, l, key);
            }
            if let Some(t) = c.downcast::<TupleData>() {
                return crate::objects::tuple::tuple_getitem(self, t, key);
            }
            if let Some(s) = c.downcast::<StrData>() {
                if let Some(i) = as_int(key) {
                    let idx = i.to_i64().and_then(|i| norm_index(i, s.char_len()));
                    return match idx.and_then(|i| s.item(i)) {
                        Some(ch) => Ok(alloc_object(self.types.str, ch).into_value()),
                        None => Err(self.new_index_error("string index out of range")),
                    };
                }
                if let Some(sl) = key.downcast::<SliceData>() {
                    let (start, stop, step, n) = slice_indices(self, sl, s.char_len())?;
                    if s.has_surrogates() {
                        let d = if step == 1 {
                            s.slice(start as usize, (start.max(stop)) as usize)
                        } else {
                            s.pick(slice_positions(start, step, n))
                        };
                        return Ok(alloc_object(self.types.str, d).into_value());
                    }
                    if step == 1 {
                        return Ok(
                            self.new_str(s.substring(start as usize, (start.max(stop)) as usize))
                        );
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(self
                        .new_string(slice_positions(start, step, n).map(|p| chars[p]).collect()));
                }
                // Objects with `__index__` and the error messages: the general subscript.
                return crate::strmethods::str_subscript(self, c, key);
            }
            if let Some(d) = c.downcast::<DictData>() {
                return match d.get_item(self, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.new_key_error(key.clone())),
                };
            }
        }
        if let Some(r) = self.call_special(c, &self.names.__getitem__, &[key.clone()])? {
            return Ok(r);
        }
        if let Some(t) = c.downcast::<crate::typeobject::TypeData>() {
            if let Some(f) = t.lookup(&self.names.__class_getitem__) {
                let f = crate::ops::descr_get(self, f, None, t)?;
                return self.call(&f, &[key.clone()], &[]);
            }
            if std::ptr::eq(t, self.types.type_) {
                return Ok(crate::objects::genericalias::type_getitem(self, key));
            }
            if std::ptr::eq(c.class(), self.types.type_) {
                return Err(
                    self.new_type_error(format!("type '{}' is not subscriptable", t.name()))
                );
            }
        }
        Err(self.new_type_error(format!(
            "'{}' object is not subscriptable",
            c.class().name()
        )))
    }

    /// `container[key] = value`, or `del container[key]` when value is None.
    pub fn setitem(&self, c: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
        if !c.class().is_heap() {
            if let Some(l) = c.downcast::<ListData>() {
                return crate::objects::list::list_setitem(self, l, key, value);
            }
            if let Some(d) = c.downcast::<DictData>() {
                return match value {
                    Some(v) => d.set_item(self, key.clone(), v),
                    None => match d.remove_item(self, key)? {
                        Some(_) => Ok(()),
                        None => Err(self.new_key_error(key.clone())),
                    },
                };
            }
        }
        let (name, args) = match &value {
            Some(v) => (&self.names.__setitem__, vec![key.clone(), v.clone()]),
            None => (&self.names.__delitem__, vec![key.clone()]),
        };
        match self.call_special(c, name, &args)? {
            Some(_) => Ok(()),
            None => Err(self.new_type_error(if value.is_some() {
                format!(
                    "'{}' object does not support item assignment",
                    c.class().name()
                )
            } else {
                // CPython `PyObject_DelItem`: the sequence protocol's message ("doesn't") for
                // an index key on a type with sequence slots, the mapping one otherwise.
                let t = c.class();
                let is_index = crate::objects::int::as_int(key).is_some()
                    || key.class().lookup(&self.names.__index__).is_some();
                let has_seq = t.is_heap()
                    || [
                        &self.names.__getitem__,
                        &self.names.__contains__,
                        &self.names.__len__,
                    ]
                    .iter()
                    .any(|n| t.lookup(n).is_some());
                if is_index && has_seq {
                    format!("'{}' object doesn't support item deletion", t.name())
                } else {
                    format!("'{}' object does not support item deletion", t.name())
                }
            })),
        }
    }

    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        let t = v.class();
        if !t.is_heap() {
            if is_native_iterator(v) {
                return Ok(v.clone());
            }
            if v.downcast::<ListData>().is_some() {
                return Ok(
                    alloc_object(self.types.list_iterator, SeqIterData::new(v.clone()))
                        .into_value(),
                );
            }
            if v.downcast::<TupleData>().is_some() {
                return Ok(
                    alloc_object(self.types.tuple_iterator, SeqIterData::new(v.clone()))
                        .into_value(),
                );
            }
            if let Some(s) = v.downcast::<StrData>() {
                let ty = crate::objects::iter::str_iter_type(self, s);
                return Ok(alloc_object(ty, SeqIterData::new(v.clone())).into_value());
            }
            if let Some(d) = v.downcast::<DictData>() {
                return Ok(alloc_object(
                    self.types.dict_iterator,
                    DictIterData::new(d, DictIterKind::Keys, 0, false),
                )
                .into_value());
            }
            if let Some(s) = v.downcast::<crate::objects::set::SetData>() {
                let it = SeqIterData::new(v.clone());
                it.expected_len.set(s.len());
                return Ok(alloc_object(self.types.set_iterator, it).into_value());
            }
            if let Some(r) = v.downcast::<crate::objects::range::RangeData>() {
                if let (Some(a), Some(b), Some(s)) = (
                    as_int(&r.start).and_then(|i| i.to_i64()),
                    as_int(&r.stop).and_then(|i| i.to_i64()),
                    as_int(&r.step).and_then(|i| i.to_i64()),
                ) {
                    let n = if s > 0 {
                        if b > a {
                            ((b - a - 1) / s + 1) as u64
                        } else {
                            0
                        }
                    } else if a > b {
                        ((a - b - 1) / (-s) + 1) as u64
                    } else {
                        0
                    };
                    return Ok(alloc_object(
                        self.types.range_iterator,
                        RangeIterData {
                            next: std::cell::Cell::new(a),
                            step: s,
                            remaining: std::cell::Cell::new(n),
                        },
                    )
                    .into_value());
                }
            }
        }
        if !t.is_heap()
            && v.downcast::<crate::objects::generator::GeneratorData>()
                .is_none()
            && crate::builtins::native_next_kind(self, v).is_some()
        {
            // Built-in iterators are their own iterators.
            return Ok(v.clone());
        }
        if let Some(f) = t.lookup(&self.names.__iter__) {
            if self.is_none(&f) {
                return Err(self.new_type_error(format!("'{}' object is not iterable", t.name())));
            }
            let it = self.call(&f, &[v.clone()], &[])?;
            if it.class().lookup(&self.names.__next__).is_none() && !is_native_iterator(&it) {
                return Err(self.new_type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.class().name()
                )));
            }
            return Ok(it);
        }
        if t.lookup(&self.names.__getitem__).is_some() {
            return Ok(
                alloc_object(self.types.seq_iterator, SeqIterData::new(v.clone())).into_value(),
            );
        }
        Err(self.new_type_error(format!("'{}' object is not iterable", t.name())))
    }

    /// `next(it)`: Ok(None) when exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        if std::ptr::eq(it.class(), self.types.generator) {
            return crate::genobject::gen_next(self, it);
        }
        if let Some(r) = it.downcast::<RangeIterData>() {
            let n = r.remaining.get();
            if n == 0 {
                return Ok(None);
            }
            r.remaining.set(n - 1);
            let v = r.next.get();
            r.next.set(v.wrapping_add(r.step));
            return Ok(Some(self.new_int(v)));
        }
        if let Some(s) = it.downcast::<SeqIterData>() {
            let seq = s.seq.borrow().clone();
            let Some(seq) = seq else { return Ok(None) };
            let i = s.index.get();
            let t = it.class();
            let item = if std::ptr::eq(t, self.types.list_iterator) {
                seq.downcast::<ListData>().and_then(|l| l.get(i))
            } else if std::ptr::eq(t, self.types.tuple_iterator) {
                seq.downcast::<TupleData>()
                    .and_then(|l| l.items().get(i).cloned())
            } else if std::ptr::eq(t, self.types.str_iterator)
                || std::ptr::eq(t, self.types.str_unicode_iterator)
            {
                seq.downcast::<StrData>()
                    .and_then(|l| l.item(i))
                    .map(|c| alloc_object(self.types.str, c).into_value())
            } else if std::ptr::eq(t, self.types.reversed)
                || std::ptr::eq(t, self.types.list_reverseiterator)
            {
                // Reverse iterators count down: `index` is the number of items left.
                if i == 0 {
                    None
                } else {
                    let item = match seq.downcast::<ListData>() {
                        Some(l) => l.get(i - 1),
                        _ => match self.getitem(&seq, &self.new_int(i as i64 - 1)) {
                            Ok(v) => Some(v),
                            Err(e)
                                if e.class().is_subtype(self.types.exc.index_error)
                                    || e.class().is_subtype(self.types.exc.stop_iteration) =>
                            {
                                None
                            }
                            Err(e) => return Err(e),
                        },
                    };
                    match item {
                        Some(v) => {
                            s.index.set(i - 1);
                            return Ok(Some(v));
                        }
                        None => {
                            *s.seq.borrow_mut() = None;
                            return Ok(None);
                        }
                    }
                }
            } else if std::ptr::eq(t, self.types.set_iterator) {
                let set = seq.downcast::<crate::objects::set::SetData>();
                if let Some(set) = set {
                    if set.len() != s.expected_len.get() {
                        s.expected_len.set(usize::MAX);
                        return Err(self.new_runtime_error("Set changed size during iteration"));
                    }
                    match set.next_item(i) {
                        Some((p, v)) => {
                            s.index.set(p);
                            return Ok(Some(v));
                        }
                        None => None,
                    }
                } else {
                    None
                }
            } else {
                match self.getitem(&seq, &self.new_int(i as i64)) {
                    Ok(v) => Some(v),
                    Err(e)
                        if e.class().is_subtype(self.types.exc.index_error)
                            || e.class().is_subtype(self.types.exc.stop_iteration) =>
                    {
                        None
                    }
                    Err(e) => return Err(e),
                }
            };
            match item {
                Some(v) => {
                    s.index.set(i + 1);
                    Ok(Some(v))
                }
                None => {
                    *s.seq.borrow_mut() = None;
                    Ok(None)
                }
            }
        } else if let Some(d) = it.downcast::<DictIterData>() {
            let dict = d.dict.borrow().clone();
            let Some(dict) = dict else { return Ok(None) };
            if dict.len() != d.initial_len.get() {
                // Reported again at every later call (CPython: di_used = -1).
                d.initial_len.set(usize::MAX);
                return Err(self.new_runtime_error("dictionary changed size during iteration"));
            }
            let entry = if d.reversed {
                dict.entry_before(d.pos.get())
            } else {
                dict.next_entry(d.pos.get())
            };
            match entry {
                Some((p, k, v)) => {
                    let Some(left) = d.remaining.get().checked_sub(1) else {
                        *d.dict.borrow_mut() = None;
                        return Err(
                            self.new_runtime_error("dictionary keys changed during iteration")
                        );
                    };
                    d.remaining.set(left);
                    d.pos.set(p);
                    Ok(Some(match d.kind {
                        DictIterKind::Keys => k,
                        DictIterKind::Values => v,
                        DictIterKind::Items => self.new_tuple(vec![k, v]),
                    }))
                }
                None => {
                    *d.dict.borrow_mut() = None;
                    Ok(None)
                }
            }
        } else if it
            .downcast::<crate::objects::generator::GeneratorData>()
            .is_some()
        {
            crate::genobject::gen_next(self, it)
        } else if let Some(r) = crate::builtins::native_next(self, it)? {
            Ok(r)
        } else {
            match it.class().lookup(&self.names.__next__) {
                Some(f) => match self.call(&f, &[it.clone()], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.class().is_subtype(self.types.exc.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(self
                    .new_type_error(format!("'{}' object is not an iterator", it.class().name()))),
            }
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        if !v.class().is_heap() {
            if let Some(t) = v.downcast::<TupleData>() {
                return Ok(t.items().to_vec());
            }
            if let Some(l) = v.downcast::<ListData>() {
                return Ok(l.snapshot());
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}

fn is_native_iterator(v: &Value) -> bool {
    v.downcast::<SeqIterData>().is_some()
        || v.downcast::<DictIterData>().is_some()
        || v.downcast::<RangeIterData>().is_some()
        || (v
            .downcast::<crate::objects::generator::GeneratorData>()
            .is_some()
            && std::ptr::eq(v.class(), crate::types::types().generator))
}
