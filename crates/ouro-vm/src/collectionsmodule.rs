//! The `_collections` module: `deque` (a double-ended queue with an optional maximum length)
//! with its forward and reverse iterators, `defaultdict` (a dict subclass whose `__missing__`
//! calls a factory), `_count_elements` (the loop of `Counter.update`) and `_tuplegetter` (the
//! field descriptor of `namedtuple` classes). `OrderedDict` stays the pure-Python one of
//! collections/__init__.py. CPython: Modules/_collectionsmodule.c.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::itertoolsmodule::{
    as_ssize, new_args, new_module_type, positional_only, type_name, unpack_kw,
};
use crate::number::CompareOp;
use crate::object::{alloc_object, layout_flags, Obj, Payload, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::dict::DictData;
use crate::objects::list::{no_args, one_arg, positional, slf};
use crate::objects::module::ModuleData;
use crate::typeobject::{flags, TypeData};
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

// ----- deque -----

pub struct DequeData {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length, so that iterators detect mutation.
    state: Cell<u64>,
}

impl Payload for DequeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.items.try_borrow() {
            for v in b.iter() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

impl DequeData {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Appends on the right, dropping from the left past `maxlen`. CPython: deque_append.
    fn push_back(&self, v: Value) {
        if self.maxlen.get() == Some(0) {
            return;
        }
        let old = {
            let mut b = self.items.borrow_mut();
            b.push_back(v);
            match self.maxlen.get() {
                Some(m) if b.len() > m => b.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }

    fn push_front(&self, v: Value) {
        if self.maxlen.get() == Some(0) {
            return;
        }
        let old = {
            let mut b = self.items.borrow_mut();
            b.push_front(v);
            match self.maxlen.get() {
                Some(m) if b.len() > m => b.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }

    fn clear_all(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Rotates `n` steps to the right. CPython: _deque_rotate.
    fn rotate(&self, n: isize) {
        let mut b = self.items.borrow_mut();
        let len = b.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as isize) as usize;
        b.rotate_right(k);
    }
}

fn deque_of<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<DequeData>> {
    slf::<DequeData>(vm, args, "collections.deque", meth)
}

fn deque_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (cls, _) = new_args(vm, args)?;
    Ok(alloc_object(
        cls,
        DequeData {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        },
    )
    .into_value())
}

/// Appends every item of `iterable` (CPython: deque_extend).
fn extend_right(vm: &Vm, d: &Obj<DequeData>, iterable: &Value) -> PyResult<()> {
    if iterable.is(&d.to_value()) {
        let items = d.snapshot();
        for v in items {
            d.push_back(v);
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        d.push_back(v);
    }
    Ok(())
}

fn extend_left(vm: &Vm, d: &Obj<DequeData>, iterable: &Value) -> PyResult<()> {
    if iterable.is(&d.to_value()) {
        let items = d.snapshot();
        for v in items {
            d.push_front(v);
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        d.push_front(v);
    }
    Ok(())
}

fn deque_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__init__")?;
    let a = unpack_kw(vm, "deque", &args[1..], kw, &["iterable", "maxlen"], 0, 2)?;
    let maxlen = match &a[1] {
        Some(m) if !vm.is_none(m) => {
            if crate::objects::int::as_int(m).is_none() {
                return Err(vm.new_type_error("an integer is required"));
            }
            let n = as_ssize(vm, m)?;
            if n < 0 {
                return Err(vm.new_value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        _ => None,
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.clear_all();
    }
    if let Some(it) = &a[0] {
        extend_right(vm, d, it)?;
    }
    Ok(vm.none.clone())
}

fn deque_append(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "append")?;
    let v = one_arg(vm, "deque.append", args, kw)?;
    d.push_back(v.clone());
    Ok(vm.none.clone())
}

fn deque_appendleft(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "appendleft")?;
    let v = one_arg(vm, "deque.appendleft", args, kw)?;
    d.push_front(v.clone());
    Ok(vm.none.clone())
}

fn deque_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "pop")?;
    no_args(vm, "deque.pop", args, kw)?;
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.new_index_error("pop from an empty deque")),
    }
}

fn deque_popleft(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "popleft")?;
    no_args(vm, "deque.popleft", args, kw)?;
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.new_index_error("pop from an empty deque")),
    }
}

fn deque_extend(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "extend")?;
    let v = one_arg(vm, "deque.extend", args, kw)?;
    extend_right(vm, d, v)?;
    Ok(vm.none.clone())
}

fn deque_extendleft(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "extendleft")?;
    let v = one_arg(vm, "deque.extendleft", args, kw)?;
    extend_left(vm, d, v)?;
    Ok(vm.none.clone())
}

fn deque_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "clear")?;
    no_args(vm, "deque.clear", args, kw)?;
    d.clear_all();
    Ok(vm.none.clone())
}

/// A shallow copy: a new deque of the same type (CPython: deque_copy).
fn copy_of(vm: &Vm, dv: &Value) -> PyResult<Value> {
    let Some(d) = dv.downcast::<DequeData>() else {
        return Err(vm.new_type_error("deque expected"));
    };
    let cls = dv.class();
    if std::ptr::eq(cls, deque_type(vm)) {
        let n = alloc_object(
            cls,
            DequeData {
                items: RefCell::new(d.items.borrow().clone()),
                maxlen: Cell::new(d.maxlen.get()),
                state: Cell::new(0),
            },
        );
        return Ok(n.into_value());
    }
    match d.maxlen.get() {
        None => vm.call(&cls.to_value(), &[dv.clone()], &[]),
        Some(m) => vm.call(&cls.to_value(), &[dv.clone(), vm.new_int(m as i64)], &[]),
    }
}

fn deque_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    deque_of(vm, args, "copy")?;
    no_args(vm, "deque.copy", args, kw)?;
    copy_of(vm, &args[0])
}

fn deque_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "count")?;
    let x = one_arg(vm, "deque.count", args, kw)?;
    let state = d.state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = d.get(i) {
        let eq = vm.eq_bool(&v, x)?;
        if d.state.get() != state {
            return Err(vm.new_runtime_error("deque mutated during iteration"));
        }
        if eq {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn deque_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__contains__")?;
    let x = one_arg(vm, "deque.__contains__", args, kw)?;
    let state = d.state.get();
    let mut i = 0;
    while let Some(v) = d.get(i) {
        let eq = vm.eq_bool(&v, x)?;
        if d.state.get() != state {
            return Err(vm.new_runtime_error("deque mutated during iteration"));
        }
        if eq {
            return Ok(vm.true_.clone());
        }
        i += 1;
    }
    Ok(vm.false_.clone())
}

fn deque_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "index")?;
    crate::objects::list::no_kw(vm, "deque.index", kw)?;
    let rest = &args[1..];
    if rest.is_empty() || rest.len() > 3 {
        return Err(vm.new_type_error(format!(
            "index() takes {} ({} given)",
            if rest.is_empty() {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            },
            rest.len()
        )));
    }
    let (start, stop) = crate::objects::list::index_bounds(vm, &rest[1..], d.len())?;
    let state = d.state.get();
    for i in start..stop {
        let Some(v) = d.get(i) else { break };
        let eq = vm.eq_bool(&v, &rest[0])?;
        if d.state.get() != state {
            return Err(vm.new_runtime_error("deque mutated during iteration"));
        }
        if eq {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.new_value_error(format!("{} is not in deque", vm.repr(&rest[0])?)))
}

fn deque_insert(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "insert")?;
    crate::objects::list::no_kw(vm, "deque.insert", kw)?;
    if args.len() != 3 {
        return Err(vm.new_type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let rest = &args[1..];
    let i = as_ssize(vm, &rest[0])?;
    let n = d.len();
    if d.maxlen.get() == Some(n) {
        return Err(vm.new_index_error("deque already at its maximum size"));
    }
    let pos = if i < 0 {
        (i + n as isize).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    d.items.borrow_mut().insert(pos, rest[1].clone());
    d.bump();
    Ok(vm.none.clone())
}

fn deque_remove(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "remove")?;
    let x = one_arg(vm, "deque.remove", args, kw)?;
    let state = d.state.get();
    let mut i = 0;
    while let Some(v) = d.get(i) {
        let eq = vm.eq_bool(&v, x)?;
        if d.state.get() != state {
            return Err(vm.new_index_error("deque mutated during remove()."));
        }
        if eq {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            return Ok(vm.none.clone());
        }
        i += 1;
    }
    Err(vm.new_value_error(format!("{} is not in deque", vm.repr(x)?)))
}

fn deque_reverse(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "reverse")?;
    no_args(vm, "deque.reverse", args, kw)?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(vm.none.clone())
}

fn deque_rotate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "rotate")?;
    let rest = positional(vm, "deque.rotate", args, kw, 0, 1)?;
    let n = match rest.first() {
        Some(v) => as_ssize(vm, v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(vm.none.clone())
}

fn deque_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__len__")?;
    no_args(vm, "deque.__len__", args, kw)?;
    Ok(vm.new_int(d.len() as i64))
}

/// An index argument resolved against the length (CPython: deque_item's caller, sq_item).
fn seq_index(vm: &Vm, d: &DequeData, key: &Value) -> PyResult<usize> {
    if crate::objects::int::as_int(key).is_none()
        && key.class().lookup(&vm.names.__index__).is_none()
    {
        return Err(vm.new_type_error(format!(
            "sequence index must be integer, not '{}'",
            key.class().name()
        )));
    }
    let i = as_ssize(vm, key)?;
    let n = d.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__getitem__")?;
    let k = one_arg(vm, "deque.__getitem__", args, kw)?;
    let i = seq_index(vm, d, k)?;
    d.get(i)
        .ok_or_else(|| vm.new_index_error("deque index out of range"))
}

fn deque_setitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__setitem__")?;
    let rest = positional(vm, "__setitem__", args, kw, 2, 2)?;
    let i = seq_index(vm, d, &rest[0])?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|s| std::mem::replace(s, rest[1].clone()));
    drop(old);
    Ok(vm.none.clone())
}

fn deque_delitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__delitem__")?;
    let k = one_arg(vm, "deque.__delitem__", args, kw)?;
    let i = seq_index(vm, d, k)?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(vm.none.clone())
}

thread_local! {
    /// Deques whose repr is being computed (CPython's Py_ReprEnter).
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `v` is already being repr'd (then returns None).
fn repr_guard(v: &Value, f: impl FnOnce() -> PyResult<String>) -> PyResult<Option<String>> {
    let addr = v.raw();
    if REPR_STACK.with(|s| s.borrow().contains(&addr)) {
        return Ok(None);
    }
    REPR_STACK.with(|s| s.borrow_mut().push(addr));
    let r = f();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|a| *a == addr) {
            s.remove(p);
        }
    });
    r.map(Some)
}

fn deque_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__repr__")?;
    let r = repr_guard(&args[0], || {
        let list = vm.new_list(d.snapshot());
        let items = vm.repr(&list)?;
        let name = type_name(&args[0]);
        Ok(match d.maxlen.get() {
            Some(m) => format!("{name}({items}, maxlen={m})"),
            None => format!("{name}({items})"),
        })
    })?;
    Ok(vm.new_string(r.unwrap_or_else(|| "[...]".to_string())))
}

fn deque_maxlen(vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = v
        .downcast::<DequeData>()
        .ok_or_else(|| vm.new_type_error("descriptor 'maxlen' needs a deque"))?;
    Ok(match d.maxlen.get() {
        Some(m) => vm.new_int(m as i64),
        None => vm.none.clone(),
    })
}

fn deque_cmp(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    let d = deque_of(vm, args, op.dunder())?;
    let Some(other) = args.get(1) else {
        return Err(vm.new_type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let Some(o) = other.downcast::<DequeData>() else {
        return Ok(vm.not_implemented.clone());
    };
    let (a, b) = (d.snapshot(), o.snapshot());
    if (op == CompareOp::Eq || op == CompareOp::Ne) && a.len() != b.len() {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if !vm.eq_bool(&a[i], &b[i])? {
            break;
        }
        i += 1;
    }
    if i >= a.len() || i >= b.len() {
        let (x, y) = (a.len(), b.len());
        let r = match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        };
        return Ok(vm.new_bool(r));
    }
    match op {
        CompareOp::Eq => Ok(vm.false_.clone()),
        CompareOp::Ne => Ok(vm.true_.clone()),
        _ => vm.compare(&a[i], &b[i], op),
    }
}

macro_rules! deque_cmp_fn {
    ($name:ident, $op:expr) => {
        fn $name(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            deque_cmp(vm, args, $op)
        }
    };
}
deque_cmp_fn!(deque_lt, CompareOp::Lt);
deque_cmp_fn!(deque_le, CompareOp::Le);
deque_cmp_fn!(deque_eq, CompareOp::Eq);
deque_cmp_fn!(deque_ne, CompareOp::Ne);
deque_cmp_fn!(deque_gt, CompareOp::Gt);
deque_cmp_fn!(deque_ge, CompareOp::Ge);

fn deque_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    deque_of(vm, args, "__add__")?;
    let other = one_arg(vm, "deque.__add__", args, kw)?;
    if other.downcast::<DequeData>().is_none() {
        return Err(vm.new_type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            other.class().name()
        )));
    }
    let n = copy_of(vm, &args[0])?;
    if let Some(nd) = n.downcast::<DequeData>() {
        extend_right(vm, nd, other)?;
    }
    Ok(n)
}

fn deque_iadd(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__iadd__")?;
    let other = one_arg(vm, "deque.__iadd__", args, kw)?;
    extend_right(vm, d, other)?;
    Ok(args[0].clone())
}

/// Repeats the contents in place `n` times (CPython: deque_inplace_repeat).
fn repeat_in_place(vm: &Vm, d: &Obj<DequeData>, n: &Value) -> PyResult<()> {
    if crate::objects::int::as_int(n).is_none() && n.class().lookup(&vm.names.__index__).is_none() {
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.class().name()
        )));
    }
    let n = vm.index_to_isize(n)?;
    let items = d.snapshot();
    if n <= 0 || items.is_empty() {
        d.clear_all();
        return Ok(());
    }
    // Past `maxlen`, only the last `maxlen` items remain: skip whole repetitions that would
    // be pushed out.
    let total = (items.len() as u128) * (n as u128);
    let keep = match d.maxlen.get() {
        Some(m) => (m as u128).min(total),
        None => total,
    };
    if keep > (1u128 << 28) {
        return Err(vm.new_exception_msg(vm.types.exc.memory_error, ""));
    }
    let skip = total - keep;
    let len = items.len() as u128;
    let mut out = VecDeque::with_capacity(keep as usize);
    let mut pos = skip;
    while pos < total {
        out.push_back(items[(pos % len) as usize].clone());
        pos += 1;
    }
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    d.bump();
    drop(old);
    Ok(())
}

fn deque_mul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    deque_of(vm, args, "__mul__")?;
    let n = one_arg(vm, "deque.__mul__", args, kw)?;
    let c = copy_of(vm, &args[0])?;
    if let Some(cd) = c.downcast::<DequeData>() {
        repeat_in_place(vm, cd, n)?;
    }
    Ok(c)
}

fn deque_imul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__imul__")?;
    let n = one_arg(vm, "deque.__imul__", args, kw)?;
    repeat_in_place(vm, d, n)?;
    Ok(args[0].clone())
}

fn deque_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__iter__")?;
    Ok(new_deque_iter(vm, &args[0], d, false))
}

fn deque_reversed(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__reversed__")?;
    Ok(new_deque_iter(vm, &args[0], d, true))
}

fn deque_class_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    generic_alias(vm, args)
}

/// `cls[item]`: a `types.GenericAlias` when the runtime has one (CPython:
/// Py_GenericAlias).
fn generic_alias(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let cls = args.first().cloned().unwrap_or_else(|| vm.none.clone());
    let item = args.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let types = crate::import::import_module(vm, "types")?;
    let ga = vm.getattr_str(&types, "GenericAlias")?;
    vm.call(&ga, &[cls, item], &[])
}

/// The instance `__dict__` when it has entries, else None (CPython: _PyObject_GetState for
/// objects without `__getstate__` overrides).
fn instance_state(vm: &Vm, v: &Value) -> Value {
    match crate::ops::instance_dict(vm, v, false) {
        Some(d) if !d.is_empty() => d.into_value(),
        _ => vm.none.clone(),
    }
}

fn deque_reduce(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = deque_of(vm, args, "__reduce__")?;
    no_args(vm, "deque.__reduce__", args, kw)?;
    let cls = args[0].class().to_value();
    let ctor_args = match d.maxlen.get() {
        Some(m) => vm.new_tuple(vec![vm.empty_tuple.clone(), vm.new_int(m as i64)]),
        None => vm.empty_tuple.clone(),
    };
    let it = new_deque_iter(vm, &args[0], d, false);
    Ok(vm.new_tuple(vec![cls, ctor_args, instance_state(vm, &args[0]), it]))
}

fn dd_reduce(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dd_of(vm, args, "__reduce__")?;
    no_args(vm, "defaultdict.__reduce__", args, kw)?;
    let cls = args[0].class().to_value();
    let ctor_args = match factory_of(d) {
        Some(f) => vm.new_tuple(vec![f]),
        None => vm.empty_tuple.clone(),
    };
    let items = vm.call_method(&args[0], &vm.names.items, &[])?;
    let it = vm.iter(&items)?;
    Ok(vm.new_tuple(vec![cls, ctor_args, vm.none.clone(), vm.none.clone(), it]))
}

// ----- deque iterators -----

pub struct DequeIterData {
    deque: Value,
    /// Items yielded so far.
    index: Cell<usize>,
    state: u64,
    /// Items left (`__length_hint__`).
    counter: Cell<usize>,
    reverse: bool,
}

impl Payload for DequeIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }
}

fn new_deque_iter(vm: &Vm, dv: &Value, d: &DequeData, reverse: bool) -> Value {
    let tys = coll_types(vm);
    alloc_object(
        if reverse {
            tys.deque_rev_iter
        } else {
            tys.deque_iter
        },
        DequeIterData {
            deque: dv.clone(),
            index: Cell::new(0),
            state: d.state.get(),
            counter: Cell::new(d.len()),
            reverse,
        },
    )
    .into_value()
}

fn deque_iter_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = slf::<DequeIterData>(vm, args, "_deque_iterator", "__next__")?;
    let Some(d) = it.deque.downcast::<DequeData>() else {
        return Err(vm.new_stop_iteration(None));
    };
    if d.state.get() != it.state {
        it.counter.set(0);
        return Err(vm.new_runtime_error("deque mutated during iteration"));
    }
    if it.counter.get() == 0 {
        return Err(vm.new_stop_iteration(None));
    }
    let i = it.index.get();
    let n = d.len();
    let pos = if it.reverse { n.wrapping_sub(i + 1) } else { i };
    match d.get(pos) {
        Some(v) => {
            it.index.set(i + 1);
            it.counter.set(it.counter.get() - 1);
            Ok(v)
        }
        None => Err(vm.new_stop_iteration(None)),
    }
}

fn deque_iter_length_hint(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = slf::<DequeIterData>(vm, args, "_deque_iterator", "__length_hint__")?;
    Ok(vm.new_int(it.counter.get() as i64))
}

fn iter_self(_vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ----- defaultdict -----

fn dd_of<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<DictData>> {
    let d = slf::<DictData>(vm, args, "collections.defaultdict", meth)?;
    if !args[0].class().is_subtype(defaultdict_type(vm)) {
        return Err(vm.new_type_error(format!(
            "descriptor '{meth}' for 'collections.defaultdict' objects doesn't apply to a '{}' object",
            args[0].class().name()
        )));
    }
    Ok(d)
}

fn factory_of(d: &DictData) -> Option<Value> {
    let f = d.default_factory.take();
    d.default_factory.set(f.clone());
    f
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
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

fn dd_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dd_of(vm, args, "__init__")?;
    let npos = args.len() - kw.len();
    let mut rest: Vec<Value> = vec![args[0].clone()];
    if npos > 1 {
        let f = &args[1];
        if !vm.is_none(f) && !is_callable(vm, f) {
            return Err(vm.new_type_error("first argument must be callable or None"));
        }
        let old = d
            .default_factory
            .replace(if vm.is_none(f) { None } else { Some(f.clone()) });
        drop(old);
        rest.extend_from_slice(&args[2..]);
    } else {
        rest.extend_from_slice(&args[1..]);
    }
    let init = vm
        .types
        .dict
        .dict
        .get_str(&vm.names.__init__)
        .ok_or_else(|| vm.new_type_error("dict has no __init__"))?;
    vm.call(&init, &rest, kw)
}

fn dd_missing(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dd_of(vm, args, "__missing__")?;
    let key = one_arg(vm, "defaultdict.__missing__", args, kw)?;
    let Some(f) = factory_of(d) else {
        return Err(vm.new_key_error(key.clone()));
    };
    let value = vm.call(&f, &[], &[])?;
    vm.setitem(&args[0], key, Some(value.clone()))?;
    Ok(value)
}

thread_local! {
    /// Factories whose repr is being computed, as CPython's Py_ReprEnter in defdict_repr.
    static FACTORY_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn dd_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = dd_of(vm, args, "__repr__")?;
    let base = crate::repr::native_repr(vm, &args[0])?.unwrap_or_else(|| "{}".to_string());
    let fr = match factory_of(d) {
        None => "None".to_string(),
        Some(f) => {
            let addr = f.raw();
            if FACTORY_REPR.with(|s| s.borrow().contains(&addr)) {
                "...".to_string()
            } else {
                FACTORY_REPR.with(|s| s.borrow_mut().push(addr));
                let r = vm.repr(&f);
                FACTORY_REPR.with(|s| {
                    let mut s = s.borrow_mut();
                    if let Some(p) = s.iter().rposition(|a| *a == addr) {
                        s.remove(p);
                    }
                });
                r?
            }
        }
    };
    Ok(vm.new_string(format!("{}({fr}, {base})", type_name(&args[0]))))
}

/// `type(dd)(dd.default_factory, arg)` (CPython: new_defdict).
fn new_defdict(vm: &Vm, dd: &Value, arg: &Value) -> PyResult<Value> {
    let f = dd
        .downcast::<DictData>()
        .and_then(|d| factory_of(d))
        .unwrap_or_else(|| vm.none.clone());
    vm.call(&dd.class().to_value(), &[f, arg.clone()], &[])
}

fn dd_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dd_of(vm, args, "copy")?;
    no_args(vm, "defaultdict.copy", args, kw)?;
    new_defdict(vm, &args[0], &args[0])
}

fn dd_or(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(vm, "defaultdict.__or__", args, kw)?;
    dd_or_impl(vm, &args[0], other)
}

fn dd_ror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let other = one_arg(vm, "defaultdict.__ror__", args, kw)?;
    dd_or_impl(vm, other, &args[0])
}

/// `left | right` where one side is a defaultdict (CPython: defdict_or).
fn dd_or_impl(vm: &Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let dt = defaultdict_type(vm);
    let (this, other) = if left.class().is_subtype(dt) {
        (left, right)
    } else {
        (right, left)
    };
    if other.downcast::<DictData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let new = new_defdict(vm, this, left)?;
    if let Some(nd) = new.downcast::<DictData>() {
        crate::dictviews::update_from(vm, nd, right)?;
    }
    Ok(new)
}

fn dd_get_factory(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<DictData>()
        .and_then(|d| factory_of(d))
        .unwrap_or_else(|| vm.none.clone()))
}

fn dd_set_factory(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(d) = v.downcast::<DictData>() else {
        return Err(vm.new_type_error("defaultdict expected"));
    };
    let x = x.filter(|x| !vm.is_none(x));
    drop(d.default_factory.replace(x));
    Ok(())
}

// ----- _count_elements -----

fn count_elements(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional_only(vm, "_collections._count_elements", args, kw, 2, 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let it = vm.iter(iterable)?;
    let one = vm.new_int(1);
    let zero = vm.new_int(0);
    let exact = mapping
        .downcast::<DictData>()
        .filter(|_| std::ptr::eq(mapping.class(), vm.types.dict));
    if let Some(d) = exact {
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            let new = match d.get_hashed(vm, &k, h)? {
                Some(old) => vm.binary_op(&old, &one, 0)?,
                None => one.clone(),
            };
            d.set_hashed(vm, k, h, new)?;
        }
        return Ok(vm.none.clone());
    }
    let get = vm.getattr_str(mapping, "get")?;
    while let Some(k) = vm.next(&it)? {
        let old = vm.call(&get, &[k.clone(), zero.clone()], &[])?;
        let new = vm.binary_op(&old, &one, 0)?;
        vm.setitem(mapping, &k, Some(new))?;
    }
    Ok(vm.none.clone())
}

// ----- _tuplegetter -----

pub struct TupleGetterData {
    index: isize,
    doc: RefCell<Value>,
}

impl Payload for TupleGetterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.doc.try_borrow() {
            visit(&d);
        }
    }
}

fn tuplegetter_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = positional_only(vm, "_tuplegetter", rest, kw, 2, 2)?;
    let index = as_ssize(vm, &a[0])?;
    Ok(alloc_object(
        cls,
        TupleGetterData {
            index,
            doc: RefCell::new(a[1].clone()),
        },
    )
    .into_value())
}

fn tuplegetter_get(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = slf::<TupleGetterData>(vm, args, "_tuplegetter", "__get__")?;
    let rest = positional(vm, "__get__", args, kw, 1, 2)?;
    let obj = &rest[0];
    if vm.is_none(obj) {
        return Ok(args[0].clone());
    }
    let Some(t) = obj.downcast::<crate::objects::tuple::TupleData>() else {
        return Err(vm.new_type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            obj.class().name()
        )));
    };
    if g.index < 0 || g.index as usize >= t.len() {
        return Err(vm.new_index_error("tuple index out of range"));
    }
    Ok(t.items()[g.index as usize].clone())
}

fn tuplegetter_set(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_attribute_error("can't set attribute"))
}

fn tuplegetter_delete(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_attribute_error("can't delete attribute"))
}

fn tuplegetter_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = slf::<TupleGetterData>(vm, args, "_tuplegetter", "__repr__")?;
    let doc = g.doc.borrow().clone();
    Ok(vm.new_string(format!(
        "{}({}, {})",
        type_name(&args[0]),
        g.index,
        vm.repr(&doc)?
    )))
}

fn tuplegetter_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.downcast::<TupleGetterData>() {
        Some(g) => Ok(g.doc.borrow().clone()),
        None => Ok(vm.none.clone()),
    }
}

fn tuplegetter_set_doc(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    if let Some(g) = v.downcast::<TupleGetterData>() {
        let old = std::mem::replace(
            &mut *g.doc.borrow_mut(),
            x.unwrap_or_else(|| vm.none.clone()),
        );
        drop(old);
    }
    Ok(())
}

// ----- the module -----

struct CollTypes {
    deque: StaticType,
    deque_iter: StaticType,
    deque_rev_iter: StaticType,
    defaultdict: StaticType,
    tuplegetter: StaticType,
}

thread_local! {
    static TYPES: Cell<Option<&'static CollTypes>> = const { Cell::new(None) };
}

fn deque_type(vm: &Vm) -> StaticType {
    coll_types(vm).deque
}

fn defaultdict_type(vm: &Vm) -> StaticType {
    coll_types(vm).defaultdict
}

fn coll_types(vm: &Vm) -> &'static CollTypes {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    let deque = new_module_type::<DequeData>(
        vm,
        "collections",
        "deque",
        vm.types.object,
        flags::BASETYPE,
        layout_flags::HAS_GC,
        Some(DEQUE_DOC),
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("clear", deque_clear),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("count", deque_count),
        ("index", deque_index),
        ("insert", deque_insert),
        ("remove", deque_remove),
        ("reverse", deque_reverse),
        ("rotate", deque_rotate),
        ("__len__", deque_len),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__repr__", deque_repr),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__imul__", deque_imul),
        ("__reduce__", deque_reduce),
    ];
    for (n, f) in methods {
        add_method(vm, deque, n, *f);
    }
    add_staticmethod(vm, deque, "__new__", deque_new);
    crate::objects::builtin::add_classmethod(vm, deque, "__class_getitem__", deque_class_getitem);
    deque.dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
    crate::objects::descr::add_getset(vm, deque, "maxlen", deque_maxlen, None);

    let mk_iter = |name: &str| {
        let t = new_module_type::<DequeIterData>(
            vm,
            "collections",
            name,
            vm.types.object,
            0,
            layout_flags::HAS_GC,
            None,
        );
        add_method(vm, t, "__iter__", iter_self);
        add_method(vm, t, "__next__", deque_iter_next);
        add_method(vm, t, "__length_hint__", deque_iter_length_hint);
        t
    };
    let deque_iter = mk_iter("_deque_iterator");
    let deque_rev_iter = mk_iter("_deque_reverse_iterator");

    // defaultdict instances carry the dict payload; the type is marked as a heap type so
    // that the runtime's fast paths for exact built-in dicts (subscript, repr, `|`) leave
    // its instances to the methods below, as CPython's checks for exact dicts do.
    let defaultdict = new_module_type::<DictData>(
        vm,
        "collections",
        "defaultdict",
        vm.types.dict,
        flags::BASETYPE | flags::DICT_SUBCLASS | flags::HEAPTYPE,
        layout_flags::HAS_GC,
        Some(DEFAULTDICT_DOC),
    );
    let dd_methods: &[(&'static str, NativeFn)] = &[
        ("__init__", dd_init),
        ("__missing__", dd_missing),
        ("__repr__", dd_repr),
        ("copy", dd_copy),
        ("__copy__", dd_copy),
        ("__or__", dd_or),
        ("__ror__", dd_ror),
        ("__reduce__", dd_reduce),
    ];
    for (n, f) in dd_methods {
        add_method(vm, defaultdict, n, *f);
    }
    crate::objects::descr::add_getset(
        vm,
        defaultdict,
        "default_factory",
        dd_get_factory,
        Some(dd_set_factory),
    );

    // `_tuplegetter` is a data descriptor written in Rust; like defaultdict it is flagged as
    // a heap type so that attribute lookup consults its `__get__`/`__set__`.
    let tuplegetter = new_module_type::<TupleGetterData>(
        vm,
        "collections",
        "_tuplegetter",
        vm.types.object,
        flags::HEAPTYPE,
        layout_flags::HAS_GC,
        None,
    );
    add_staticmethod(vm, tuplegetter, "__new__", tuplegetter_new);
    add_method(vm, tuplegetter, "__get__", tuplegetter_get);
    add_method(vm, tuplegetter, "__set__", tuplegetter_set);
    add_method(vm, tuplegetter, "__delete__", tuplegetter_delete);
    add_method(vm, tuplegetter, "__repr__", tuplegetter_repr);
    crate::objects::descr::add_getset(
        vm,
        tuplegetter,
        "__doc__",
        tuplegetter_doc,
        Some(tuplegetter_set_doc),
    );

    let t: &'static CollTypes = Box::leak(Box::new(CollTypes {
        deque,
        deque_iter,
        deque_rev_iter,
        defaultdict,
        tuplegetter,
    }));
    TYPES.with(|c| c.set(Some(t)));
    t
}

/// Makes the `_collections` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_collections");
    let t = coll_types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        d.set_str(vm, &vm.names.__doc__, vm.new_str(MODULE_DOC));
        for (name, ty) in [
            ("deque", t.deque),
            ("defaultdict", t.defaultdict),
            ("_deque_iterator", t.deque_iter),
            ("_deque_reverse_iterator", t.deque_rev_iter),
            ("_tuplegetter", t.tuplegetter),
        ] {
            d.set_str(vm, &vm.intern(name), ty.to_value());
        }
        d.set_str(
            vm,
            &vm.intern("_count_elements"),
            crate::objects::builtin::new_module_function(
                vm,
                "_count_elements",
                count_elements,
                Some(m.clone()),
            ),
        );
    }
    m
}

const MODULE_DOC: &str = "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n";
const DEQUE_DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";
const DEFAULTDICT_DOC: &str = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n";
