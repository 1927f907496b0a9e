//! Iterators of the built-in containers and the iterator built-ins: sequence iterators (for
//! list, tuple, str and the `__getitem__` protocol), dict views and iterators,
//! `iter(callable, sentinel)`, `enumerate`, `zip`, `map`, `filter`.
//! CPython: Objects/iterobject.c, Objects/dictobject.c, Objects/enumobject.c, Python/bltinmodule.c.

use std::cell::{Cell, RefCell};

use crate::object::{Obj, Payload, Value};
use crate::objects::builtin::{add_method, add_staticmethod};
use crate::objects::dict::{DictData, DictRef};
use crate::objects::list::check_positional;
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

/// Iterator over anything indexed by position: `seq` is None once exhausted.
pub struct SeqIterData {
    pub seq: RefCell<Option<Value>>,
    pub index: Cell<usize>,
    /// For set iterators: the set's size when iteration started.
    pub expected_len: Cell<usize>,
}

impl SeqIterData {
    pub fn new(seq: Value) -> SeqIterData {
        SeqIterData {
            seq: RefCell::new(Some(seq)),
            index: Cell::new(0),
            expected_len: Cell::new(0),
        }
    }
}

impl Payload for SeqIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.seq.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.seq.borrow_mut().take();
        drop(old);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub struct DictViewData {
    pub dict: DictRef,
    pub kind: DictIterKind,
}

impl Payload for DictViewData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.dict.as_value());
    }
}

pub struct DictIterData {
    pub dict: RefCell<Option<DictRef>>,
    pub pos: Cell<usize>,
    pub kind: DictIterKind,
    /// The dict's size when the iterator was made; `usize::MAX` once a change of size was
    /// reported, so that every later `next` reports it again (CPython: di_used, set to -1).
    pub initial_len: Cell<usize>,
    /// The items still to come (CPython: di->len): an entry found when none is left means
    /// the keys changed under the iterator.
    pub remaining: Cell<usize>,
    pub reversed: bool,
}

impl DictIterData {
    /// An iterator over `d` from entry position `pos`.
    pub fn new(d: &Obj<DictData>, kind: DictIterKind, pos: usize, reversed: bool) -> DictIterData {
        DictIterData {
            dict: RefCell::new(Some(d.to_ref())),
            pos: Cell::new(pos),
            kind,
            initial_len: Cell::new(d.len()),
            remaining: Cell::new(d.len()),
            reversed,
        }
    }
}

impl Payload for DictIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.dict.try_borrow() {
            if let Some(v) = &*b {
                visit(v.as_value());
            }
        }
    }
    fn clear(&self) {
        let old = self.dict.borrow_mut().take();
        drop(old);
    }
}

pub struct CallableIterData {
    pub callable: RefCell<Option<Value>>,
    pub sentinel: Value,
}

impl Payload for CallableIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.sentinel);
    }
}

pub struct EnumerateData {
    pub iter: Value,
    pub count: RefCell<Value>,
}

impl Payload for EnumerateData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.iter);
    }
}

pub struct ZipData {
    pub iters: Vec<Value>,
    pub strict: Cell<bool>,
}

impl Payload for ZipData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in &self.iters {
            visit(v);
        }
    }
}

pub struct MapData {
    pub func: Value,
    pub iters: Vec<Value>,
}

impl Payload for MapData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        for v in &self.iters {
            visit(v);
        }
    }
}

pub struct FilterData {
    pub func: Value,
    pub iter: Value,
}

impl Payload for FilterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.iter);
    }
}

/// A reverse iterator over a sequence (`reversed(seq)` and `list.__reversed__`).
pub fn new_reverse_iter(vm: &Vm, seq: Value) -> Value {
    let n = crate::seq::native_len(&seq).unwrap_or(0);
    let it = SeqIterData::new(seq);
    it.index.set(n);
    crate::object::alloc_object(vm.types.list_reverseiterator, it).into_value()
}

/// The type of an iterator over `s`: CPython iterates ASCII strings with a type of its own.
pub fn str_iter_type(vm: &Vm, s: &crate::objects::str::StrData) -> crate::types::StaticType {
    if s.is_ascii() {
        vm.types.str_iterator
    } else {
        vm.types.str_unicode_iterator
    }
}

/// The type of an iterator over a dict's keys, values or items, forwards or backwards.
pub fn dict_iter_type(vm: &Vm, kind: DictIterKind, reversed: bool) -> crate::types::StaticType {
    let t = vm.types;
    match (kind, reversed) {
        (DictIterKind::Keys, false) => t.dict_iterator,
        (DictIterKind::Values, false) => t.dict_valueiterator,
        (DictIterKind::Items, false) => t.dict_itemiterator,
        (DictIterKind::Keys, true) => t.dict_reversekeyiterator,
        (DictIterKind::Values, true) => t.dict_reversevalueiterator,
        (DictIterKind::Items, true) => t.dict_reverseitemiterator,
    }
}

fn new_reverse_iter_len(vm: &Vm, seq: Value, n: usize) -> Value {
    let it = SeqIterData::new(seq);
    it.index.set(n);
    crate::object::alloc_object(vm.types.reversed, it).into_value()
}

fn cls_arg<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj<TypeData>> {
    args.first()
        .and_then(|c| c.downcast::<TypeData>())
        .ok_or_else(|| vm.new_type_error("__new__ needs a type"))
}

fn reversed_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if std::ptr::eq(cls, vm.types.reversed) && !kw.is_empty() {
        return Err(vm.new_type_error("reversed() takes no keyword arguments"));
    }
    let rest = &args[1..args.len() - kw.len()];
    check_positional(vm, "reversed", rest.len(), 1, 1)?;
    let seq = &rest[0];
    if let Some(f) = seq.class().lookup(&vm.names.__reversed__) {
        if vm.is_none(&f) {
            return Err(
                vm.new_type_error(format!("'{}' object is not reversible", seq.class().name()))
            );
        }
        return vm.call_found(seq, f, &[]);
    }
    if !seq.class().is_heap() {
        if let Some(n) = crate::seq::native_len(seq) {
            if seq.downcast::<crate::objects::dict::DictData>().is_none()
                && seq.downcast::<crate::objects::set::SetData>().is_none()
            {
                return Ok(new_reverse_iter_len(vm, seq.clone(), n));
            }
        }
    }
    let is_mapping = seq.downcast::<crate::objects::dict::DictData>().is_some();
    if is_mapping
        || seq.class().lookup(&vm.names.__getitem__).is_none()
        || seq.class().lookup(&vm.names.__len__).is_none()
    {
        return Err(vm.new_type_error(format!("'{}' object is not reversible", seq.class().name())));
    }
    let n = vm.len(seq)?;
    Ok(new_reverse_iter_len(vm, seq.clone(), n))
}

fn enumerate_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let npos = args.len() - kw.len();
    let mut iterable = args.get(1).filter(|_| npos > 1).cloned();
    let mut start = args.get(2).filter(|_| npos > 2).cloned();
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("iterable") if iterable.is_none() => iterable = Some(v.clone()),
            Some("start") if start.is_none() => start = Some(v.clone()),
            Some(name @ ("iterable" | "start")) => {
                return Err(vm.new_type_error(format!(
                    "argument for enumerate() given by name ('{name}') and position ({})",
                    if name == "iterable" { 1 } else { 2 }
                )))
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    vm.str(k)?
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.new_type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = match start {
        Some(s) => {
            if crate::objects::int::as_int(&s).is_none() {
                let i = vm.index_to_isize(&s)?;
                vm.new_int(i as i64)
            } else {
                s
            }
        }
        None => vm.new_int(0),
    };
    let iter = vm.iter(&iterable)?;
    Ok(crate::object::alloc_object(
        cls,
        EnumerateData {
            iter,
            count: RefCell::new(start),
        },
    )
    .into_value())
}

fn zip_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    let npos = args.len() - kw.len();
    let mut strict = false;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("strict") => strict = vm.is_true(v)?,
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for zip()",
                    vm.str(k)?
                )))
            }
        }
    }
    let mut iters = Vec::with_capacity(npos.saturating_sub(1));
    for a in &args[1..npos] {
        iters.push(vm.iter(a)?);
    }
    Ok(crate::object::alloc_object(
        cls,
        ZipData {
            iters,
            strict: Cell::new(strict),
        },
    )
    .into_value())
}

fn map_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if std::ptr::eq(cls, vm.types.map) && !kw.is_empty() {
        return Err(vm.new_type_error("map() takes no keyword arguments"));
    }
    let npos = args.len() - kw.len();
    if npos < 3 {
        return Err(vm.new_type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(npos - 2);
    for a in &args[2..npos] {
        iters.push(vm.iter(a)?);
    }
    Ok(crate::object::alloc_object(
        cls,
        MapData {
            func: args[1].clone(),
            iters,
        },
    )
    .into_value())
}

fn filter_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(vm, args)?;
    if std::ptr::eq(cls, vm.types.filter) && !kw.is_empty() {
        return Err(vm.new_type_error("filter() takes no keyword arguments"));
    }
    let rest = &args[1..args.len() - kw.len()];
    check_positional(vm, "filter", rest.len(), 2, 2)?;
    let iter = vm.iter(&rest[1])?;
    Ok(crate::object::alloc_object(
        cls,
        FilterData {
            func: rest[0].clone(),
            iter,
        },
    )
    .into_value())
}

fn iter_self(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args.first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("__iter__ needs an argument"))
}

fn iter_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = args
        .first()
        .ok_or_else(|| vm.new_type_error("__next__ needs an argument"))?;
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

fn length_hint(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = &args[0];
    if let Some(r) = it.downcast::<crate::objects::range::RangeIterData>() {
        return Ok(vm.new_int(r.remaining.get() as i64));
    }
    if let Some(s) = it.downcast::<SeqIterData>() {
        let seq = s.seq.borrow().clone();
        let Some(seq) = seq else {
            return Ok(vm.new_int(0));
        };
        let i = s.index.get();
        if std::ptr::eq(it.class(), vm.types.reversed)
            || std::ptr::eq(it.class(), vm.types.list_reverseiterator)
        {
            let n = crate::seq::native_len(&seq).unwrap_or(i);
            return Ok(vm.new_int(if i <= n { i as i64 } else { 0 }));
        }
        if std::ptr::eq(it.class(), vm.types.set_iterator) {
            let n = crate::seq::native_len(&seq).unwrap_or(0);
            return Ok(vm.new_int(n.saturating_sub(s.expected_len.get().min(n)) as i64 + 0));
        }
        let n = match crate::seq::native_len(&seq) {
            Some(n) => n,
            None => vm.len(&seq)?,
        };
        return Ok(vm.new_int(n.saturating_sub(i) as i64));
    }
    if let Some(d) = it.downcast::<DictIterData>() {
        // CPython: dictobject.c dictiter_len.
        let dict = d.dict.borrow().clone();
        return Ok(vm.new_int(match dict {
            Some(dd) if dd.len() == d.initial_len.get() => d.remaining.get() as i64,
            _ => 0,
        }));
    }
    Ok(vm.not_implemented.clone())
}

/// The built-in function `name` (`iter`, mostly: what the reductions rebuild with).
fn builtin_fn(vm: &Vm, name: &str) -> PyResult<Value> {
    vm.builtins
        .get_str(&vm.intern(name))
        .ok_or_else(|| vm.new_name_error(name))
}

fn is_reverse_iter(vm: &Vm, it: &Value) -> bool {
    std::ptr::eq(it.class(), vm.types.reversed)
        || std::ptr::eq(it.class(), vm.types.list_reverseiterator)
}

/// `__reduce__` of the index-based iterators: `(iter, (seq,), index)` while running, and
/// `iter` of an empty sequence of the right kind once exhausted; reverse iterators rebuild
/// with `reversed`. CPython: listobject.c listiter_reduce_general, tupleobject.c
/// tupleiter_reduce, unicodeobject.c unicodeiter_reduce, bytesobject.c striter_reduce,
/// iterobject.c iter_reduce, enumobject.c reversed_reduce.
fn seqiter_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = &args[0];
    let Some(s) = it.downcast::<SeqIterData>() else {
        return Err(vm.new_type_error("expected a sequence iterator"));
    };
    let seq = s.seq.borrow().clone();
    let t = it.class();
    let reversed = builtin_fn(vm, "reversed")?;
    if let Some(seq) = seq {
        if is_reverse_iter(vm, it) {
            let index = s.index.get() as i64 - 1;
            return Ok(vm.new_tuple(vec![reversed, vm.new_tuple(vec![seq]), vm.new_int(index)]));
        }
        return Ok(vm.new_tuple(vec![
            builtin_fn(vm, "iter")?,
            vm.new_tuple(vec![seq]),
            vm.new_int(s.index.get() as i64),
        ]));
    }
    if std::ptr::eq(t, vm.types.reversed) {
        return Ok(vm.new_tuple(vec![reversed, vm.new_tuple(vec![vm.new_tuple(vec![])])]));
    }
    let empty = if std::ptr::eq(t, vm.types.list_iterator)
        || std::ptr::eq(t, vm.types.list_reverseiterator)
    {
        vm.new_list(vec![])
    } else if std::ptr::eq(t, vm.types.str_iterator)
        || std::ptr::eq(t, vm.types.str_unicode_iterator)
    {
        vm.new_str("")
    } else {
        vm.new_tuple(vec![])
    };
    Ok(vm.new_tuple(vec![builtin_fn(vm, "iter")?, vm.new_tuple(vec![empty])]))
}

/// The `__setstate__` argument of an index-based iterator, which must be an int.
fn state_index(vm: &Vm, v: &Value) -> PyResult<isize> {
    let Some(i) = crate::objects::int::as_int(v) else {
        return Err(vm.new_type_error("an integer is required"));
    };
    match i.to_i64() {
        Some(n) => Ok(n as isize),
        None => Err(vm.new_exception_msg(
            vm.types.exc.overflow_error,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `__setstate__(index)` of the index-based iterators: moves to `index`, clamped to the
/// sequence. CPython: listobject.c listiter_setstate/listreviter_setstate, tupleobject.c
/// tupleiter_setstate, iterobject.c iter_setstate, enumobject.c reversed_setstate.
fn seqiter_setstate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let state = crate::objects::list::one_arg(vm, "__setstate__", args, kw)?;
    let it = &args[0];
    let Some(s) = it.downcast::<SeqIterData>() else {
        return Err(vm.new_type_error("expected a sequence iterator"));
    };
    let index = state_index(vm, state)?;
    let seq = s.seq.borrow().clone();
    let Some(seq) = seq else {
        return Ok(vm.none.clone());
    };
    if is_reverse_iter(vm, it) {
        let n = match crate::seq::native_len(&seq) {
            Some(n) => n as isize,
            None => vm.len(&seq)? as isize,
        };
        // Ours counts the items left, CPython's is the index of the next one.
        s.index.set((index.clamp(-1, n - 1) + 1) as usize);
    } else if std::ptr::eq(it.class(), vm.types.seq_iterator) {
        s.index.set(index.max(0) as usize);
    } else {
        let n = match crate::seq::native_len(&seq) {
            Some(n) => n,
            None => vm.len(&seq)?,
        };
        s.index.set((index.max(0) as usize).min(n));
    }
    Ok(vm.none.clone())
}

/// The items a set or dict iterator has still to produce, without advancing it; the size
/// check of `next` applies. CPython: setobject.c setiter_reduce, dictobject.c dictiter_reduce
/// (both list a copy of the iterator).
fn remaining_items(vm: &Vm, it: &Value) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    if let Some(d) = it.downcast::<DictIterData>() {
        let dict = d.dict.borrow().clone();
        let Some(dict) = dict else { return Ok(out) };
        if dict.len() != d.initial_len.get() {
            return Err(vm.new_runtime_error("dictionary changed size during iteration"));
        }
        let mut p = d.pos.get();
        let mut remaining = d.remaining.get();
        loop {
            let e = if d.reversed {
                dict.entry_before(p)
            } else {
                dict.next_entry(p)
            };
            let Some((q, k, v)) = e else { break };
            if remaining == 0 {
                return Err(vm.new_runtime_error("dictionary keys changed during iteration"));
            }
            remaining -= 1;
            p = q;
            out.push(match d.kind {
                DictIterKind::Keys => k,
                DictIterKind::Values => v,
                DictIterKind::Items => vm.new_tuple(vec![k, v]),
            });
        }
        return Ok(out);
    }
    if let Some(s) = it.downcast::<SeqIterData>() {
        let seq = s.seq.borrow().clone();
        let Some(set) = seq
            .as_ref()
            .and_then(|q| q.downcast::<crate::objects::set::SetData>())
        else {
            return Ok(out);
        };
        if set.len() != s.expected_len.get() {
            return Err(vm.new_runtime_error("Set changed size during iteration"));
        }
        let mut p = s.index.get();
        while let Some((q, v)) = set.next_item(p) {
            p = q;
            out.push(v);
        }
    }
    Ok(out)
}

/// `__reduce__` of set and dict iterators: `(iter, ([remaining items],))`.
fn listing_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = remaining_items(vm, &args[0])?;
    Ok(vm.new_tuple(vec![
        builtin_fn(vm, "iter")?,
        vm.new_tuple(vec![vm.new_list(items)]),
    ]))
}

/// `set_iterator.__length_hint__`: how many items are left. CPython: setobject.c setiter_len.
fn setiter_length_hint(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = remaining_items(vm, &args[0]).map(|v| v.len()).unwrap_or(0);
    Ok(vm.new_int(n as i64))
}

/// `enumerate.__reduce__`: `(type, (iterator, count))`. CPython: enumobject.c enum_reduce.
fn enumerate_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(e) = args[0].downcast::<EnumerateData>() else {
        return Err(vm.new_type_error("expected an enumerate object"));
    };
    let count = e.count.borrow().clone();
    Ok(vm.new_tuple(vec![
        args[0].class().to_value(),
        vm.new_tuple(vec![e.iter.clone(), count]),
    ]))
}

/// `zip.__reduce__`: `(type, iterators)`, plus `True` when strict. CPython: bltinmodule.c
/// zip_reduce.
fn zip_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(z) = args[0].downcast::<ZipData>() else {
        return Err(vm.new_type_error("expected a zip object"));
    };
    let mut out = vec![args[0].class().to_value(), vm.new_tuple(z.iters.clone())];
    if z.strict.get() {
        out.push(vm.new_bool(true));
    }
    Ok(vm.new_tuple(out))
}

/// `zip.__setstate__(strict)`. CPython: bltinmodule.c zip_setstate.
fn zip_setstate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let state = crate::objects::list::one_arg(vm, "__setstate__", args, kw)?;
    let strict = vm.is_true(state)?;
    if let Some(z) = args[0].downcast::<ZipData>() {
        z.strict.set(strict);
    }
    Ok(vm.none.clone())
}

/// `map.__reduce__`: `(type, (function, *iterators))`. CPython: bltinmodule.c map_reduce.
fn map_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(m) = args[0].downcast::<MapData>() else {
        return Err(vm.new_type_error("expected a map object"));
    };
    let mut items = vec![m.func.clone()];
    items.extend(m.iters.iter().cloned());
    Ok(vm.new_tuple(vec![args[0].class().to_value(), vm.new_tuple(items)]))
}

/// `filter.__reduce__`: `(type, (function, iterator))`. CPython: bltinmodule.c filter_reduce.
fn filter_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(f) = args[0].downcast::<FilterData>() else {
        return Err(vm.new_type_error("expected a filter object"));
    };
    Ok(vm.new_tuple(vec![
        args[0].class().to_value(),
        vm.new_tuple(vec![f.func.clone(), f.iter.clone()]),
    ]))
}

/// `callable_iterator.__reduce__`: `(iter, (callable, sentinel))`, or `iter(())` once
/// exhausted. CPython: iterobject.c calliter_reduce.
fn calliter_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(c) = args[0].downcast::<CallableIterData>() else {
        return Err(vm.new_type_error("expected a callable_iterator"));
    };
    let callable = c.callable.borrow().clone();
    let inner = match callable {
        Some(f) => vm.new_tuple(vec![f, c.sentinel.clone()]),
        None => vm.new_tuple(vec![vm.new_tuple(vec![])]),
    };
    Ok(vm.new_tuple(vec![builtin_fn(vm, "iter")?, inner]))
}

fn init_reduce(vm: &Vm) {
    let t = vm.types;
    for ty in [
        t.seq_iterator,
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.str_unicode_iterator,
        t.bytes_iterator,
        t.bytearray_iterator,
        t.reversed,
        t.list_reverseiterator,
    ] {
        add_method(vm, ty, "__reduce__", seqiter_reduce);
        add_method(vm, ty, "__setstate__", seqiter_setstate);
    }
    for ty in [
        t.set_iterator,
        t.dict_iterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
    ] {
        add_method(vm, ty, "__reduce__", listing_reduce);
    }
    add_method(vm, t.set_iterator, "__length_hint__", setiter_length_hint);
    for ty in [t.bytes_iterator, t.bytearray_iterator] {
        add_method(vm, ty, "__length_hint__", length_hint);
    }
    add_method(vm, t.enumerate, "__reduce__", enumerate_reduce);
    add_method(vm, t.zip, "__reduce__", zip_reduce);
    add_method(vm, t.zip, "__setstate__", zip_setstate);
    add_method(vm, t.map, "__reduce__", map_reduce);
    add_method(vm, t.filter, "__reduce__", filter_reduce);
    add_method(vm, t.callable_iterator, "__reduce__", calliter_reduce);
}

pub fn init(vm: &Vm) {
    init_reduce(vm);
    crate::ops::init_iter_methods(vm);
    let t = vm.types;
    add_staticmethod(vm, t.reversed, "__new__", reversed_new);
    add_staticmethod(vm, t.enumerate, "__new__", enumerate_new);
    add_staticmethod(vm, t.zip, "__new__", zip_new);
    add_staticmethod(vm, t.map, "__new__", map_new);
    add_staticmethod(vm, t.filter, "__new__", filter_new);
    for ty in [
        t.seq_iterator,
        t.list_iterator,
        t.tuple_iterator,
        t.range_iterator,
        t.str_iterator,
        t.str_unicode_iterator,
        t.dict_iterator,
        t.set_iterator,
        t.callable_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.list_reverseiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
        t.longrange_iterator,
    ] {
        add_method(vm, ty, "__iter__", iter_self);
        add_method(vm, ty, "__next__", iter_next);
    }
    for ty in [
        t.list_iterator,
        t.tuple_iterator,
        t.range_iterator,
        t.str_iterator,
        t.str_unicode_iterator,
        t.dict_iterator,
        t.reversed,
        t.seq_iterator,
        t.list_reverseiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.dict_reversekeyiterator,
        t.dict_reversevalueiterator,
        t.dict_reverseitemiterator,
    ] {
        add_method(vm, ty, "__length_hint__", length_hint);
    }
}
