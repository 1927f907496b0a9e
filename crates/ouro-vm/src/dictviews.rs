//! The methods of `dict` and of its views (`dict_keys`, `dict_values`, `dict_items`): lookups
//! with `__missing__`, `get`/`setdefault`/`pop`/`popitem`/`update`/`fromkeys`, the `|` merge
//! operators, reversed iteration, and the set operations and comparisons of key and item
//! views. CPython: Objects/dictobject.c.

use crate::number::CompareOp;
use crate::object::{alloc_object, Obj, Value};
use crate::objects::builtin::{add_classmethod, add_method, NativeFn};
use crate::objects::dict::DictData;
use crate::objects::iter::{DictIterData, DictIterKind, DictViewData};
use crate::objects::list::{no_args, no_kw, one_arg, positional, slf};
use crate::objects::set::SetData;
use crate::vm::{PyResult, Vm};

fn this<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<DictData>> {
    slf::<DictData>(vm, args, "dict", meth)
}

/// `dict.update(arg)` for one positional argument (CPython dict_update_arg / merge_from_seq2).
pub fn update_from(vm: &Vm, d: &Obj<DictData>, arg: &Value) -> PyResult<()> {
    if let Some(o) = arg.downcast::<DictData>() {
        if !arg.class().is_heap() || arg.class().lookup(&vm.names.keys).is_none() {
            // The `__eq__` of a key may change `arg` under the merge (CPython: dict_merge).
            let size = o.len();
            for (h, k, v) in o.hashed_items() {
                d.set_hashed(vm, k, h, v)?;
                if o.len() != size {
                    return Err(vm.new_runtime_error("dict mutated during update"));
                }
            }
            return Ok(());
        }
    }
    if let Some(keys) = vm.getattr_opt(arg, &vm.names.keys)? {
        let keys = vm.call(&keys, &[], &[])?;
        let it = vm.iter(&keys)?;
        while let Some(k) = vm.next(&it)? {
            let v = vm.getitem(arg, &k)?;
            d.set_item(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(arg)?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        let kv = match vm.iter(&item) {
            Ok(_) => vm.collect(&item)?,
            Err(e) if e.class().is_subtype(vm.types.exc.type_error) => {
                return Err(vm.new_type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        if kv.len() != 2 {
            return Err(vm.new_value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        let (Some(k), Some(v)) = (kv.next(), kv.next()) else {
            break;
        };
        d.set_item(vm, k, v)?;
        n += 1;
    }
    Ok(())
}

fn update_with_kwargs(
    vm: &Vm,
    d: &Obj<DictData>,
    args: &[Value],
    kw: &[Value],
    name: &str,
) -> PyResult<()> {
    let npos = args.len() - kw.len();
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "{name} expected at most 1 argument, got {}",
            npos - 1
        )));
    }
    if npos == 2 {
        update_from(vm, d, &args[1])?;
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        d.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__init__")?;
    update_with_kwargs(vm, d, args, kw, "dict")?;
    Ok(vm.none.clone())
}

fn dict_update(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    update_with_kwargs(vm, d, args, kw, "update")?;
    Ok(vm.none.clone())
}

fn dict_get(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "get")?;
    let rest = positional(vm, "get", args, kw, 1, 2)?;
    match d.get_item(vm, &rest[0])? {
        Some(v) => Ok(v),
        None => Ok(rest.get(1).cloned().unwrap_or_else(|| vm.none.clone())),
    }
}

fn dict_setdefault(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "setdefault")?;
    let rest = positional(vm, "setdefault", args, kw, 1, 2)?;
    let h = vm.hash(&rest[0])?;
    let dflt = rest.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    d.setdefault_hashed(vm, &rest[0], h, dflt)
}

fn dict_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "pop")?;
    let rest = positional(vm, "pop", args, kw, 1, 2)?;
    match d.remove_item(vm, &rest[0])? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.new_key_error(rest[0].clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "popitem")?;
    no_args(vm, "dict.popitem", args, kw)?;
    match d.pop_last() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.new_key_error(vm.new_str("popitem(): dictionary is empty"))),
    }
}

fn copy_of(vm: &Vm, d: &Obj<DictData>) -> PyResult<Value> {
    let n = vm.new_dict();
    for (h, k, v) in d.hashed_items() {
        n.set_hashed(vm, k, h, v)?;
    }
    Ok(n.into_value())
}

fn dict_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    no_args(vm, "dict.copy", args, kw)?;
    copy_of(vm, d)
}

fn dict_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    no_args(vm, "dict.clear", args, kw)?;
    d.clear_all();
    Ok(vm.none.clone())
}

fn dict_fromkeys(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = positional(vm, "fromkeys", args, kw, 1, 2)?;
    let cls = &args[0];
    let value = rest.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let d = vm.call(cls, &[], &[])?;
    let exact = d.downcast::<DictData>().filter(|_| !d.class().is_heap());
    // An empty exact dict filled from an exact dict, set or frozenset reuses the hashes stored
    // with the keys instead of hashing them again (CPython: dictobject.c dict_dict_fromkeys,
    // dict_set_fromkeys).
    if let Some(dd) = exact.filter(|dd| dd.len() == 0) {
        let src = &rest[0];
        let t = src.class();
        let hashed: Option<Vec<(i64, Value)>> = if std::ptr::eq(t, vm.types.dict) {
            src.downcast::<DictData>().map(|sd| {
                sd.hashed_items()
                    .into_iter()
                    .map(|(h, k, _)| (h, k))
                    .collect()
            })
        } else if std::ptr::eq(t, vm.types.set) || std::ptr::eq(t, vm.types.frozenset) {
            src.downcast::<crate::objects::set::SetData>()
                .map(|ss| ss.hashed_items())
        } else {
            None
        };
        if let Some(items) = hashed {
            for (h, k) in items {
                dd.set_hashed(vm, k, h, value.clone())?;
            }
            return Ok(d);
        }
    }
    let it = vm.iter(&rest[0])?;
    while let Some(k) = vm.next(&it)? {
        match exact {
            Some(dd) => dd.set_item(vm, k, value.clone())?,
            None => vm.setitem(&d, &k, Some(value.clone()))?,
        }
    }
    Ok(d)
}

fn dict_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__len__")?;
    no_args(vm, "dict.__len__", args, kw)?;
    Ok(vm.new_int(d.len() as i64))
}

fn dict_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__getitem__")?;
    let k = one_arg(vm, "dict.__getitem__", args, kw)?;
    if let Some(v) = d.get_item(vm, k)? {
        return Ok(v);
    }
    if args[0].class().is_heap() {
        if let Some(r) = vm.call_special(&args[0], &vm.names.__missing__, &[k.clone()])? {
            return Ok(r);
        }
    }
    Err(vm.new_key_error(k.clone()))
}

fn dict_setitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__setitem__")?;
    let rest = positional(vm, "__setitem__", args, kw, 2, 2)?;
    d.set_item(vm, rest[0].clone(), rest[1].clone())?;
    Ok(vm.none.clone())
}

fn dict_delitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__delitem__")?;
    let k = one_arg(vm, "dict.__delitem__", args, kw)?;
    match d.remove_item(vm, k)? {
        Some(_) => Ok(vm.none.clone()),
        None => Err(vm.new_key_error(k.clone())),
    }
}

fn dict_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__contains__")?;
    let k = one_arg(vm, "dict.__contains__", args, kw)?;
    Ok(vm.new_bool(d.get_item(vm, k)?.is_some()))
}

/// A new iterator over `d`.
pub fn new_dict_iter(vm: &Vm, d: &Obj<DictData>, kind: DictIterKind, reversed: bool) -> Value {
    let pos = if reversed { d.entries_len() } else { 0 };
    alloc_object(
        crate::objects::iter::dict_iter_type(vm, kind, reversed),
        DictIterData::new(d, kind, pos, reversed),
    )
    .into_value()
}

fn dict_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__iter__")?;
    no_args(vm, "dict.__iter__", args, kw)?;
    Ok(new_dict_iter(vm, d, DictIterKind::Keys, false))
}

fn dict_reversed(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__reversed__")?;
    no_args(vm, "dict.__reversed__", args, kw)?;
    Ok(new_dict_iter(vm, d, DictIterKind::Keys, true))
}

fn new_view(vm: &Vm, d: &Obj<DictData>, kind: DictIterKind) -> Value {
    let ty = match kind {
        DictIterKind::Keys => vm.types.dict_keys,
        DictIterKind::Values => vm.types.dict_values,
        DictIterKind::Items => vm.types.dict_items,
    };
    alloc_object(
        ty,
        DictViewData {
            dict: d.to_ref(),
            kind,
        },
    )
    .into_value()
}

fn dict_keys(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "keys")?;
    no_args(vm, "dict.keys", args, kw)?;
    Ok(new_view(vm, d, DictIterKind::Keys))
}

fn dict_values(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "values")?;
    no_args(vm, "dict.values", args, kw)?;
    Ok(new_view(vm, d, DictIterKind::Values))
}

fn dict_items(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "items")?;
    no_args(vm, "dict.items", args, kw)?;
    Ok(new_view(vm, d, DictIterKind::Items))
}

fn dict_or(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__or__")?;
    let o = one_arg(vm, "dict.__or__", args, kw)?;
    let Some(od) = o.downcast::<DictData>() else {
        return Ok(vm.not_implemented.clone());
    };
    let n = copy_of(vm, d)?;
    if let Some(nd) = n.downcast::<DictData>() {
        update_from(vm, nd, &od.to_value())?;
    }
    Ok(n)
}

fn dict_ror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__ror__")?;
    let o = one_arg(vm, "dict.__ror__", args, kw)?;
    let Some(od) = o.downcast::<DictData>() else {
        return Ok(vm.not_implemented.clone());
    };
    let n = copy_of(vm, od)?;
    if let Some(nd) = n.downcast::<DictData>() {
        update_from(vm, nd, &d.to_value())?;
    }
    Ok(n)
}

fn dict_ior(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__ior__")?;
    let o = one_arg(vm, "dict.__ior__", args, kw)?;
    update_from(vm, d, o)?;
    Ok(args[0].clone())
}

fn dict_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(vm, args, "__repr__")?;
    no_args(vm, "dict.__repr__", args, kw)?;
    crate::objects::tuple::container_repr(vm, &args[0])
}

fn dict_sizeof(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, args, "__sizeof__")?;
    Ok(vm.new_int(48 + 24 * d.entries_len() as i64))
}

fn dict_cmp(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    this(vm, args, op.dunder())?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    if o.downcast::<DictData>().is_none() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    match crate::number::native_compare(vm, &args[0], o, op)? {
        Some(b) => Ok(vm.new_bool(b)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn dict_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    dict_cmp(vm, args, CompareOp::Eq)
}
fn dict_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    dict_cmp(vm, args, CompareOp::Ne)
}

// ----- views -----

fn view<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<DictViewData>> {
    slf::<DictViewData>(vm, args, "dict_keys", meth)
}

fn view_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args, "__len__")?;
    no_args(vm, "__len__", args, kw)?;
    Ok(vm.new_int(v.dict.len() as i64))
}

fn view_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args, "__iter__")?;
    no_args(vm, "__iter__", args, kw)?;
    Ok(new_dict_iter(vm, &v.dict, v.kind, false))
}

fn view_reversed(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args, "__reversed__")?;
    no_args(vm, "__reversed__", args, kw)?;
    Ok(new_dict_iter(vm, &v.dict, v.kind, true))
}

/// `x in view`.
fn view_has(vm: &Vm, v: &DictViewData, x: &Value) -> PyResult<bool> {
    match v.kind {
        DictIterKind::Keys => Ok(v.dict.get_item(vm, x)?.is_some()),
        DictIterKind::Items => {
            let Some(t) = crate::ops::tuple_items(x) else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            let (k, val) = (t[0].clone(), t[1].clone());
            match v.dict.get_item(vm, &k)? {
                Some(found) => vm.eq_bool(&found, &val),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            for val in v.dict.values() {
                if vm.eq_bool(&val, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args, "__contains__")?;
    let x = one_arg(vm, "__contains__", args, kw)?;
    Ok(vm.new_bool(view_has(vm, v, x)?))
}

fn view_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args, "__repr__")?;
    no_args(vm, "__repr__", args, kw)?;
    let items: Vec<Value> = match v.kind {
        DictIterKind::Keys => v.dict.keys(),
        DictIterKind::Values => v.dict.values(),
        DictIterKind::Items => v
            .dict
            .items()
            .into_iter()
            .map(|(k, x)| vm.new_tuple(vec![k, x]))
            .collect(),
    };
    let name = args[0].class().name();
    let list = vm.new_list(items);
    let addr_guard = vm.repr(&list);
    Ok(vm.new_string(format!("{}({})", name, addr_guard?)))
}

fn view_mapping(vm: &Vm, v: &Value) -> PyResult<Value> {
    let Some(v) = v.downcast::<DictViewData>() else {
        return Err(vm.new_type_error("expected a dict view"));
    };
    Ok(crate::objects::mappingproxy::new_mappingproxy(
        v.dict.as_value().clone(),
    ))
}

/// The items of a set-like operand (a view, set or any iterable) as a new set.
fn to_set(vm: &Vm, v: &Value) -> PyResult<SetData> {
    let s = SetData::new();
    if let Some(view) = v.downcast::<DictViewData>() {
        if view.kind == DictIterKind::Keys && !view.dict.as_value().class().is_heap() {
            s.merge_dict(vm, &view.dict)?;
            return Ok(s);
        }
    }
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        s.add(vm, x)?;
    }
    Ok(s)
}

fn set_value(vm: &Vm, s: SetData) -> Value {
    alloc_object(vm.types.set, s).into_value()
}

/// `a OP b` where one side is a keys or items view (CPython dictviews_sub/or/xor and
/// _PyDictView_Intersect).
fn view_setop(vm: &Vm, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    if op == '&' {
        // The view is `a` (the interpreter swaps operands when it is on the right).
        let (view_side, other) = if a.downcast::<DictViewData>().is_some() {
            (a, b)
        } else {
            (b, a)
        };
        let len_self = vm.len(view_side)?;
        if std::ptr::eq(other.class(), vm.types.set) && len_self <= vm.len(other)? {
            let out = SetData::new();
            let it = vm.iter(view_side)?;
            let os = other.downcast::<SetData>();
            while let Some(x) = vm.next(&it)? {
                if let Some(os) = os {
                    if os.contains(vm, &x)? {
                        out.add(vm, x)?;
                    }
                }
            }
            return Ok(set_value(vm, out));
        }
        let (mut this, mut other) = (view_side.clone(), other.clone());
        if let Some(ov) = other.downcast::<DictViewData>() {
            if ov.kind != DictIterKind::Values && ov.dict.len() > len_self {
                std::mem::swap(&mut this, &mut other);
            }
        }
        let out = SetData::new();
        let it = vm.iter(&other)?;
        let tv = this.downcast::<DictViewData>();
        while let Some(x) = vm.next(&it)? {
            let inside = match tv {
                Some(v) => view_has(vm, v, &x)?,
                None => vm.contains(&this, &x)?,
            };
            if inside {
                out.add(vm, x)?;
            }
        }
        return Ok(set_value(vm, out));
    }
    let res = to_set(vm, a)?;
    match op {
        '|' => crate::setmethods::update_internal(vm, &res, b)?,
        '-' => {
            if let Some(o) = b.downcast::<SetData>() {
                for x in o.items() {
                    res.discard(vm, &x)?;
                }
            } else {
                let it = vm.iter(b)?;
                while let Some(x) = vm.next(&it)? {
                    res.discard(vm, &x)?;
                }
            }
        }
        _ => crate::setmethods::symmetric_update_one(vm, &res, b)?,
    }
    Ok(set_value(vm, res))
}

fn view_binop(vm: &Vm, args: &[Value], op: char, reflected: bool) -> PyResult<Value> {
    view(vm, args, "__or__")?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    if reflected {
        view_setop(vm, o, &args[0], op)
    } else {
        view_setop(vm, &args[0], o, op)
    }
}

macro_rules! view_ops {
    ($($f:ident, $rf:ident = $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { view_binop(vm, args, $op, false) }
            fn $rf(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { view_binop(vm, args, $op, true) }
        )*
    };
}

view_ops! {
    view_or, view_ror = '|'; view_and, view_rand = '&'; view_sub, view_rsub = '-';
    view_xor, view_rxor = '^';
}

fn view_isdisjoint(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = view(vm, args, "isdisjoint")?;
    let o = one_arg(vm, "isdisjoint", args, kw)?;
    let it = vm.iter(o)?;
    while let Some(x) = vm.next(&it)? {
        if view_has(vm, v, &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// Whether every item of `a` is in the set-like `b`.
fn all_in(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn is_setlike(vm: &Vm, v: &Value) -> bool {
    v.downcast::<SetData>().is_some()
        || v.downcast::<DictViewData>()
            .is_some_and(|d| d.kind != DictIterKind::Values)
        || std::ptr::eq(v.class(), vm.types.dict_keys)
}

fn view_cmp(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    view(vm, args, op.dunder())?;
    let (a, b) = (&args[0], &args[1]);
    if !is_setlike(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let r = match op {
        CompareOp::Eq => la == lb && all_in(vm, a, b)?,
        CompareOp::Ne => !(la == lb && all_in(vm, a, b)?),
        CompareOp::Lt => la < lb && all_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_in(vm, b, a)?,
    };
    Ok(vm.new_bool(r))
}

macro_rules! view_cmps {
    ($($f:ident = $op:expr;)*) => {
        $( fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> { view_cmp(vm, args, $op) } )*
    };
}

view_cmps! {
    view_lt = CompareOp::Lt; view_le = CompareOp::Le; view_eq = CompareOp::Eq;
    view_ne = CompareOp::Ne; view_gt = CompareOp::Gt; view_ge = CompareOp::Ge;
}

pub fn init(vm: &Vm) {
    let t = vm.types.dict;
    let meths: &[(&'static str, NativeFn)] = &[
        ("__init__", dict_init),
        ("update", dict_update),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("__len__", dict_len),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
        ("__repr__", dict_repr),
        ("__sizeof__", dict_sizeof),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    add_classmethod(vm, t, "fromkeys", dict_fromkeys);
    t.dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
    let _ = no_kw;

    let common: &[(&'static str, NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
        ("__contains__", view_contains),
        ("__repr__", view_repr),
    ];
    let setlike: &[(&'static str, NativeFn)] = &[
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("isdisjoint", view_isdisjoint),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
    ];
    for ty in [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ] {
        for (name, f) in common {
            add_method(vm, ty, name, *f);
        }
        crate::objects::descr::add_getset(vm, ty, "mapping", view_mapping, None);
    }
    for ty in [vm.types.dict_keys, vm.types.dict_items] {
        for (name, f) in setlike {
            add_method(vm, ty, name, *f);
        }
        ty.dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
    }
}
