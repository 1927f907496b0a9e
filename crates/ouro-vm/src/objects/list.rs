//! `list`: mutable sequences. The items sit in a `RefCell<Vec<Value>>`; no borrow is ever held
//! while Python code runs (values are cloned out first, and replaced values are dropped after
//! the borrow ends, since dropping may run `__del__`). This file also holds the small argument
//! checkers the container methods share. CPython: Objects/listobject.c, Python/getargs.c.

use std::cell::RefCell;

use crate::object::{Obj, Payload, Value};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::int::as_int;
use crate::objects::range::SliceData;
use crate::vm::{PyResult, Vm};

pub struct ListData {
    pub items: RefCell<Vec<Value>>,
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: RefCell::new(items),
        }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }
    /// A copy of the items (for iteration that may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
    /// Replaces the item at `i`, dropping the old one after the borrow ends.
    pub fn set(&self, i: usize, v: Value) -> bool {
        let old = {
            let mut items = self.items.borrow_mut();
            match items.get_mut(i) {
                Some(slot) => std::mem::replace(slot, v),
                None => return false,
            }
        };
        drop(old);
        true
    }
    /// Replaces all items, dropping the old ones after the borrow ends.
    pub fn replace_all(&self, items: Vec<Value>) {
        let old = std::mem::replace(&mut *self.items.borrow_mut(), items);
        drop(old);
    }
}

impl Payload for ListData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            for v in items.iter() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop_reversed(old);
    }
}

/// Drops the items last first, as CPython frees a list's items (list_dealloc, _list_clear):
/// the order in which their `__del__` methods run.
fn drop_reversed(mut v: Vec<Value>) {
    while let Some(x) = v.pop() {
        drop(x);
    }
}

impl Drop for ListData {
    fn drop(&mut self) {
        drop_reversed(std::mem::take(self.items.get_mut()));
    }
}

// ----- argument checks shared by the container methods (CPython: Python/getargs.c) -----

/// The `self` of a method of type `tyname` whose payload is `T`.
pub fn slf<'a, T: Payload>(
    vm: &Vm,
    args: &'a [Value],
    tyname: &str,
    meth: &str,
) -> PyResult<&'a Obj<T>> {
    match args.first() {
        None => Err(vm.new_type_error(format!(
            "descriptor '{meth}' of '{tyname}' object needs an argument"
        ))),
        Some(v) => v.downcast::<T>().ok_or_else(|| {
            vm.new_type_error(format!(
                "descriptor '{meth}' for '{tyname}' objects doesn't apply to a '{}' object",
                v.class().name()
            ))
        }),
    }
}

/// Fails when keyword arguments are given to a positional-only method.
pub fn no_kw(vm: &Vm, qual: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.new_type_error(format!("{qual}() takes no keyword arguments")))
    }
}

/// The single argument of a METH_O method (`args` includes self).
pub fn one_arg<'a>(vm: &Vm, qual: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    no_kw(vm, qual, kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(&args[1])
}

/// Checks a METH_NOARGS method (`args` includes self).
pub fn no_args(vm: &Vm, qual: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    no_kw(vm, qual, kw)?;
    if args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{qual}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// The positional arguments after self, checked against `min..=max` as
/// `_PyArg_CheckPositional` does.
pub fn positional<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, name, kw)?;
    let rest = &args[1.min(args.len())..];
    check_positional(vm, name, rest.len(), min, max)?;
    Ok(rest)
}

/// CPython: getargs.c _PyArg_CheckPositional.
pub fn check_positional(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(vm.new_type_error(format!(
            "{name} expected {}{min} argument{}, got {n}",
            if min == max { "" } else { "at least " },
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        return Err(vm.new_type_error(format!(
            "{name} expected {}{max} argument{}, got {n}",
            if min == max { "" } else { "at most " },
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// An index argument as an isize clamped like `_PyEval_SliceIndex` (for `index(x, start, stop)`).
pub fn slice_index(vm: &Vm, v: &Value) -> PyResult<isize> {
    use num_traits::Signed;
    match as_int(v) {
        Some(crate::objects::int::IntRef::Small(i)) => Ok(i as isize),
        Some(crate::objects::int::IntRef::Big(b)) => Ok(if b.is_negative() {
            isize::MIN
        } else {
            isize::MAX
        }),
        None => {
            if v.class().lookup(&vm.names.__index__).is_some() {
                vm.index_to_isize(v)
            } else {
                Err(vm.new_type_error("slice indices must be integers or have an __index__ method"))
            }
        }
    }
}

/// Resolves the optional `start`/`stop` of `index()` against a length.
pub fn index_bounds(vm: &Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let fix = |v: isize| -> usize {
        if v < 0 {
            (v.saturating_add(len as isize)).max(0) as usize
        } else {
            (v as usize).min(len)
        }
    };
    let start = match rest.first() {
        Some(v) => fix(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(1) {
        Some(v) => fix(slice_index(vm, v)?),
        None => len,
    };
    Ok((start, stop))
}

/// The setter of a read-only member (`PyMemberDef` with READONLY): always refuses.
pub fn readonly_member(vm: &Vm, _obj: &Value, _v: Option<Value>) -> PyResult<()> {
    Err(vm.new_attribute_error("readonly attribute"))
}

// ----- list methods -----

fn this<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<ListData>> {
    slf::<ListData>(vm, args, "list", meth)
}

fn list_append(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "append")?;
    let x = one_arg(vm, "list.append", args, kw)?;
    l.push(x.clone());
    Ok(vm.none.clone())
}

fn list_extend(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "extend")?;
    let x = one_arg(vm, "list.extend", args, kw)?;
    let items = vm.collect(x)?;
    l.items.borrow_mut().extend(items);
    Ok(vm.none.clone())
}

fn list_insert(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "insert")?;
    let rest = positional(vm, "insert", args, kw, 2, 2)?;
    let i = vm.index_to_isize(&rest[0])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as isize;
    let p = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(p as usize, rest[1].clone());
    Ok(vm.none.clone())
}

fn list_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "pop")?;
    let rest = positional(vm, "pop", args, kw, 0, 1)?;
    let i = match rest.first() {
        Some(v) => vm.index_to_isize(v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(vm.new_index_error("pop from empty list"));
    }
    let n = items.len() as isize;
    let p = if i < 0 { i + n } else { i };
    if p < 0 || p >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    Ok(items.remove(p as usize))
}

fn list_remove(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "remove")?;
    let x = one_arg(vm, "list.remove", args, kw)?;
    let mut i = 0;
    while let Some(v) = l.get(i) {
        if vm.eq_bool(&v, x)? {
            let old = {
                let mut items = l.items.borrow_mut();
                if i < items.len() {
                    Some(items.remove(i))
                } else {
                    None
                }
            };
            drop(old);
            return Ok(vm.none.clone());
        }
        i += 1;
    }
    Err(vm.new_value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "index")?;
    let rest = positional(vm, "index", args, kw, 1, 3)?;
    let (start, stop) = index_bounds(vm, &rest[1..], l.len())?;
    let mut i = start;
    while i < stop {
        let Some(v) = l.get(i) else { break };
        if vm.eq_bool(&v, &rest[0])? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    Err(vm.new_value_error(format!("{} is not in list", vm.repr(&rest[0])?)))
}

fn list_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "count")?;
    let x = one_arg(vm, "list.count", args, kw)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = l.get(i) {
        if vm.eq_bool(&v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn list_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "clear")?;
    no_args(vm, "list.clear", args, kw)?;
    l.replace_all(Vec::new());
    Ok(vm.none.clone())
}

fn list_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "copy")?;
    no_args(vm, "list.copy", args, kw)?;
    Ok(vm.new_list(l.snapshot()))
}

fn list_reverse(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "reverse")?;
    no_args(vm, "list.reverse", args, kw)?;
    l.items.borrow_mut().reverse();
    Ok(vm.none.clone())
}

fn list_sort(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "sort")?;
    let npos = args.len() - kw.len();
    // CPython: the clinic code of list.sort(*, key=None, reverse=False).
    if args.len() > 3 {
        return Err(vm.new_type_error(format!(
            "sort() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    if npos > 1 {
        return Err(vm.new_type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("key") => {
                if !vm.is_none(v) {
                    key = Some(v.clone());
                }
            }
            Some("reverse") => reverse = crate::listsort::reverse_flag(vm, v)?,
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    vm.str(k)?
                )))
            }
        }
    }
    crate::listsort::sort_list(vm, l, key.as_ref(), reverse)?;
    Ok(vm.none.clone())
}

fn list_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__len__")?;
    no_args(vm, "list.__len__", args, kw)?;
    Ok(vm.new_int(l.len() as i64))
}

/// `list[key]` on the payload (also for subclasses).
pub fn list_getitem(vm: &Vm, l: &Obj<ListData>, key: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(key) {
        let Some(i) = i.to_i64() else {
            return Err(vm.new_index_error("cannot fit 'int' into an index-sized integer"));
        };
        let items = l.items.borrow();
        let idx = crate::seq::norm_index(i, items.len());
        return match idx {
            Some(i) => Ok(items[i].clone()),
            None => Err(vm.new_index_error("list index out of range")),
        };
    }
    if let Some(s) = key.downcast::<SliceData>() {
        // The bounds' __index__ may run Python code that resizes the list: they are read
        // first, then fitted to the length the list has (CPython: list_subscript).
        let (start, stop, step) = crate::seq::slice_unpack(vm, s)?;
        let items = l.items.borrow();
        let (start, _, step, n) = crate::seq::slice_adjust(start, stop, step, items.len());
        let out: Vec<Value> = if step == 1 {
            items[start as usize..start as usize + n].to_vec()
        } else {
            (0..n)
                .map(|i| items[(start + i as isize * step) as usize].clone())
                .collect()
        };
        drop(items);
        return Ok(vm.new_list(out));
    }
    if key.class().lookup(&vm.names.__index__).is_some() {
        let i = vm.index_to_isize(key)?;
        return list_getitem(vm, l, &vm.new_int(i as i64));
    }
    Err(vm.new_type_error(format!(
        "list indices must be integers or slices, not {}",
        key.class().name()
    )))
}

/// `list[key] = value` / `del list[key]` on the payload.
pub fn list_setitem(vm: &Vm, l: &Obj<ListData>, key: &Value, value: Option<Value>) -> PyResult<()> {
    let idx = if let Some(i) = as_int(key) {
        Some(i.to_i64())
    } else if key.downcast::<SliceData>().is_none()
        && key.class().lookup(&vm.names.__index__).is_some()
    {
        Some(Some(vm.index_to_isize(key)? as i64))
    } else {
        None
    };
    if let Some(None) = idx {
        return Err(vm.new_index_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(i) = idx {
        let len = l.len();
        let idx = i.and_then(|i| crate::seq::norm_index(i, len));
        return match (idx, value) {
            (Some(i), Some(v)) => {
                l.set(i, v);
                Ok(())
            }
            (Some(i), None) => {
                let old = l.items.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            (None, _) => Err(vm.new_index_error("list assignment index out of range")),
        };
    }
    if let Some(s) = key.downcast::<SliceData>() {
        if let Some(v) = &value {
            if v.downcast::<ListData>().is_none() && crate::objects::tuple::is_tuple(v).is_none() {
                if let Err(e) = vm.iter(v) {
                    if e.class().is_subtype(vm.types.exc.type_error) {
                        return Err(vm.new_type_error("can only assign an iterable"));
                    }
                    return Err(e);
                }
            }
        }
        return crate::call::list_set_slice(vm, l, s, value);
    }
    Err(vm.new_type_error(format!(
        "list indices must be integers or slices, not {}",
        key.class().name()
    )))
}

fn list_getitem_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__getitem__")?;
    let k = one_arg(vm, "list.__getitem__", args, kw)?;
    list_getitem(vm, l, k)
}

fn list_setitem_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__setitem__")?;
    let rest = positional(vm, "__setitem__", args, kw, 2, 2)?;
    list_setitem(vm, l, &rest[0], Some(rest[1].clone()))?;
    Ok(vm.none.clone())
}

fn list_delitem_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__delitem__")?;
    let k = one_arg(vm, "list.__delitem__", args, kw)?;
    list_setitem(vm, l, k, None)?;
    Ok(vm.none.clone())
}

fn list_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__contains__")?;
    let x = one_arg(vm, "list.__contains__", args, kw)?;
    let mut i = 0;
    while let Some(v) = l.get(i) {
        if vm.eq_bool(&v, x)? {
            return Ok(vm.true_.clone());
        }
        i += 1;
    }
    Ok(vm.false_.clone())
}

fn list_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    no_args(vm, "list.__iter__", args, kw)?;
    Ok(crate::object::alloc_object(
        vm.types.list_iterator,
        crate::objects::iter::SeqIterData::new(args[0].clone()),
    )
    .into_value())
}

fn list_reversed(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__reversed__")?;
    no_args(vm, "list.__reversed__", args, kw)?;
    Ok(crate::objects::iter::new_reverse_iter(vm, args[0].clone()))
}

fn list_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__add__")?;
    let o = one_arg(vm, "list.__add__", args, kw)?;
    match o.downcast::<ListData>() {
        Some(o) => {
            let mut items = l.snapshot();
            items.extend(o.snapshot());
            Ok(vm.new_list(items))
        }
        None => Err(vm.new_type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            o.class().name()
        ))),
    }
}

fn list_iadd(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__iadd__")?;
    let o = one_arg(vm, "list.__iadd__", args, kw)?;
    let items = vm.collect(o)?;
    l.items.borrow_mut().extend(items);
    Ok(args[0].clone())
}

/// The repeat count of `seq * n`, or None when `n` is not an integer.
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    use num_traits::Signed;
    match as_int(n) {
        Some(crate::objects::int::IntRef::Small(i)) => Ok(Some(i.max(0) as usize)),
        Some(crate::objects::int::IntRef::Big(b)) => {
            use num_traits::ToPrimitive;
            if b.is_negative() {
                Ok(Some(0))
            } else if let Some(n) = b.to_isize() {
                Ok(Some(n as usize))
            } else {
                Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
        None => {
            if n.class().lookup(&vm.names.__index__).is_some() {
                Ok(Some(vm.index_to_isize(n)?.max(0) as usize))
            } else {
                Ok(None)
            }
        }
    }
}

/// `items` repeated `n` times (`seq * n`), or MemoryError when that many items could not be
/// held (more than fit in memory's address range, or an allocation that fails), as CPython's
/// list_repeat and tuple_repeat raise.
pub fn repeated<T: Clone>(vm: &Vm, items: &[T], n: usize) -> PyResult<Vec<T>> {
    let no_memory = || vm.new_exception(vm.types.exc.memory_error, vec![]);
    let total = items
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize / std::mem::size_of::<T>().max(1))
        .ok_or_else(no_memory)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| no_memory())?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `s` repeated `n` times (`str * n`): OverflowError when the length would not fit a
/// Py_ssize_t, MemoryError when it cannot be allocated (CPython: unicodeobject.c
/// unicode_repeat).
pub fn repeated_str(vm: &Vm, s: &str, n: usize) -> PyResult<String> {
    let total = s
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| {
            vm.new_exception_msg(vm.types.exc.overflow_error, "repeated string is too long")
        })?;
    let mut out = String::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.new_exception(vm.types.exc.memory_error, vec![]))?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(out)
}

fn list_mul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__mul__")?;
    let o = one_arg(vm, "list.__mul__", args, kw)?;
    let Some(n) = repeat_count(vm, o)? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = l.snapshot();
    Ok(vm.new_list(repeated(vm, &items, n)?))
}

fn list_imul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__imul__")?;
    let o = one_arg(vm, "list.__imul__", args, kw)?;
    let Some(n) = repeat_count(vm, o)? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = l.snapshot();
    let out = repeated(vm, &items, n)?;
    l.replace_all(out);
    Ok(args[0].clone())
}

fn list_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__repr__")?;
    no_args(vm, "list.__repr__", args, kw)?;
    crate::objects::tuple::container_repr(vm, &args[0])
}

fn list_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__init__")?;
    no_kw(vm, "list", kw)?;
    if args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    l.replace_all(Vec::new());
    if let Some(src) = args.get(1) {
        let items = if src.class().is_heap() {
            // The iterator first, then the iterable's length hint, which may run Python code
            // (CPython: listobject.c list_extend).
            let it = vm.iter(src)?;
            crate::operatormodule::length_hint(vm, src, 8)?;
            vm.collect(&it)?
        } else {
            vm.collect(src)?
        };
        l.replace_all(items);
    }
    Ok(vm.none.clone())
}

fn list_sizeof(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = this(vm, args, "__sizeof__")?;
    Ok(vm.new_int(40 + 8 * l.len() as i64))
}

pub fn init(vm: &Vm) {
    let t = vm.types.list;
    let meths: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("clear", list_clear),
        ("copy", list_copy),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("__len__", list_len),
        ("__getitem__", list_getitem_m),
        ("__setitem__", list_setitem_m),
        ("__delitem__", list_delitem_m),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__imul__", list_imul),
        ("__repr__", list_repr),
        ("__init__", list_init),
        ("__sizeof__", list_sizeof),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    crate::number::add_comparisons(vm, t);
    t.dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
}
