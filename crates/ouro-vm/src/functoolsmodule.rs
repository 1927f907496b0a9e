//! The `_functools` module: `reduce`, `partial` (with the flattening of nested partials) and
//! `cmp_to_key` (its `functools.KeyWrapper` objects). `functools.lru_cache` uses the
//! pure-Python wrapper of functools.py, which falls back when `_lru_cache_wrapper` is absent.
//! CPython: Modules/_functoolsmodule.c.

use std::cell::{Cell, RefCell};

use crate::itertoolsmodule::{new_args, new_module_type, positional_only, unpack_kw};
use crate::number::CompareOp;
use crate::object::{alloc_object, layout_flags, Obj, Payload, Value};
use crate::objects::builtin::{add_method, add_staticmethod};
use crate::objects::dict::DictData;
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::typeobject::flags;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

// ----- reduce -----

fn reduce(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional_only(vm, "reduce", args, kw, 2, 3)?;
    let it = match vm.iter(&a[1]) {
        Ok(it) => it,
        Err(e) if e.class().is_subtype(vm.types.exc.type_error) => {
            return Err(vm.new_type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).cloned();
    while let Some(v) = vm.next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(x) => vm.call(&a[0], &[x, v], &[])?,
        });
    }
    acc.ok_or_else(|| vm.new_type_error("reduce() of empty iterable with no initial value"))
}

// ----- partial -----

pub struct PartialData {
    func: Value,
    args: Value,
    /// The keywords dict (a new dict per partial).
    kw: Value,
}

impl Payload for PartialData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.args);
        visit(&self.kw);
    }
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    v.downcast::<crate::objects::function::FunctionData>()
        .is_some()
        || v.downcast::<crate::objects::builtin::BuiltinFunctionData>()
            .is_some()
        || v.downcast::<crate::typeobject::TypeData>().is_some()
        || v.downcast::<crate::objects::function::BoundMethodData>()
            .is_some()
        || v.downcast::<crate::objects::builtin::MethodDescrData>()
            .is_some()
        || v.class().lookup(&vm.names.__call__).is_some()
}

fn partial_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let npos = rest.len() - kw.len();
    if npos < 1 {
        return Err(vm.new_type_error("type 'partial' takes at least one argument"));
    }
    let mut func = rest[0].clone();
    let mut pargs: Vec<Value> = Vec::new();
    let kwd = vm.new_dict();
    // A partial of a partial without instance attributes applies the inner one's arguments
    // directly (CPython: partial_new).
    let inner = func.downcast::<PartialData>().and_then(|p| {
        let has_dict = func
            .managed_dict()
            .map(|d| {
                let x = d.take();
                let some = x.is_some();
                d.set(x);
                some
            })
            .unwrap_or(false);
        if has_dict {
            None
        } else {
            Some((p.func.clone(), p.args.clone(), p.kw.clone()))
        }
    });
    if let Some((f, a, k)) = inner {
        func = f;
        pargs.extend(crate::ops::tuple_items(&a).unwrap_or(&[]).iter().cloned());
        if let Some(kd) = k.downcast::<DictData>() {
            for (key, v) in kd.items() {
                kwd.set_item(vm, key, v)?;
            }
        }
    } else if !is_callable(vm, &func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    pargs.extend(rest[1..npos].iter().cloned());
    for (k, v) in kw.iter().zip(&rest[npos..]) {
        kwd.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(alloc_object(
        cls,
        PartialData {
            func,
            args: vm.new_tuple(pargs),
            kw: kwd.into_value(),
        },
    )
    .into_value())
}

fn partial_of<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<PartialData>> {
    slf::<PartialData>(vm, args, "functools.partial", meth)
}

fn partial_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = partial_of(vm, args, "__call__")?;
    let npos = args.len() - kw.len();
    let mut all: Vec<Value> = crate::ops::tuple_items(&p.args).unwrap_or(&[]).to_vec();
    all.extend(args[1..npos].iter().cloned());
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    if let Some(kd) = p.kw.downcast::<DictData>() {
        for (k, v) in kd.items() {
            names.push(k);
            values.push(v);
        }
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let ks = crate::ops::str_of(k);
        match names
            .iter()
            .position(|n| crate::ops::str_of(n).is_some() && crate::ops::str_of(n) == ks)
        {
            Some(i) => values[i] = v.clone(),
            None => {
                names.push(k.clone());
                values.push(v.clone());
            }
        }
    }
    all.extend(values);
    vm.call(&p.func, &all, &names)
}

thread_local! {
    /// Partials whose repr is being computed (CPython's Py_ReprEnter).
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn partial_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = partial_of(vm, args, "__repr__")?;
    let addr = args[0].raw();
    if REPR_STACK.with(|s| s.borrow().contains(&addr)) {
        return Ok(vm.new_str("..."));
    }
    REPR_STACK.with(|s| s.borrow_mut().push(addr));
    let r = (|| -> PyResult<String> {
        let mut parts = vec![vm.repr(&p.func)?];
        for a in crate::ops::tuple_items(&p.args).unwrap_or(&[]) {
            parts.push(vm.repr(a)?);
        }
        if let Some(kd) = p.kw.downcast::<DictData>() {
            for (k, v) in kd.items() {
                parts.push(format!("{}={}", vm.str(&k)?, vm.repr(&v)?));
            }
        }
        // CPython prints `tp_name`: dotted for the built-in type, plain for subclasses.
        let name = args[0].class().name().to_string();
        Ok(format!("{name}({})", parts.join(", ")))
    })();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|a| *a == addr) {
            s.remove(i);
        }
    });
    Ok(vm.new_string(r?))
}

fn partial_func(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<PartialData>()
        .map(|p| p.func.clone())
        .ok_or_else(|| vm.new_type_error("partial expected"))
}

fn partial_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<PartialData>()
        .map(|p| p.args.clone())
        .ok_or_else(|| vm.new_type_error("partial expected"))
}

fn partial_keywords(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<PartialData>()
        .map(|p| p.kw.clone())
        .ok_or_else(|| vm.new_type_error("partial expected"))
}

fn readonly(vm: &Vm, _v: &Value, _x: Option<Value>) -> PyResult<()> {
    Err(vm.new_attribute_error("readonly attribute"))
}

fn partial_class_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = args.first().cloned().unwrap_or_else(|| vm.none.clone());
    let item = args.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let types = crate::import::import_module(vm, "types")?;
    let ga = vm.getattr_str(&types, "GenericAlias")?;
    vm.call(&ga, &[cls, item], &[])
}

// ----- cmp_to_key -----

/// Both the key function made by `cmp_to_key` and the keys it makes (CPython's keyobject).
pub struct KeyData {
    cmp: Value,
    obj: Option<Value>,
}

impl Payload for KeyData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cmp);
        if let Some(o) = &self.obj {
            visit(o);
        }
    }
}

fn cmp_to_key(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = unpack_kw(vm, "cmp_to_key", args, kw, &["mycmp"], 1, 1)?;
    let cmp = a[0].clone().unwrap_or_else(|| vm.none.clone());
    Ok(alloc_object(key_type(vm), KeyData { cmp, obj: None }).into_value())
}

fn key_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let k = slf::<KeyData>(vm, args, "functools.KeyWrapper", "__call__")?;
    let a = unpack_kw(vm, "K", &args[1..], kw, &["obj"], 1, 1)?;
    Ok(alloc_object(
        key_type(vm),
        KeyData {
            cmp: k.cmp.clone(),
            obj: a[0].clone(),
        },
    )
    .into_value())
}

fn key_cmp(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    let k = slf::<KeyData>(vm, args, "functools.KeyWrapper", op.dunder())?;
    let other = args.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let Some(o) = other
        .downcast::<KeyData>()
        .filter(|_| std::ptr::eq(other.class(), key_type(vm)))
    else {
        return Err(vm.new_type_error("other argument must be K instance"));
    };
    let (Some(x), Some(y)) = (k.obj.clone(), o.obj.clone()) else {
        return Err(vm.new_attribute_error("object"));
    };
    let res = vm.call(&k.cmp, &[x, y], &[])?;
    vm.compare(&res, &vm.new_int(0), op)
}

macro_rules! key_cmp_fn {
    ($name:ident, $op:expr) => {
        fn $name(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            key_cmp(vm, args, $op)
        }
    };
}
key_cmp_fn!(key_lt, CompareOp::Lt);
key_cmp_fn!(key_le, CompareOp::Le);
key_cmp_fn!(key_eq, CompareOp::Eq);
key_cmp_fn!(key_ne, CompareOp::Ne);
key_cmp_fn!(key_gt, CompareOp::Gt);
key_cmp_fn!(key_ge, CompareOp::Ge);

fn key_obj(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.downcast::<KeyData>().and_then(|k| k.obj.clone()) {
        Some(o) => Ok(o),
        None => Err(vm.new_attribute_error("obj")),
    }
}

// ----- _lru_cache_wrapper -----

/// The function wrapper of `functools.lru_cache`: a dict of results keyed by the call's
/// arguments, kept in recency order (a hit moves its entry to the end; past `maxsize` the
/// first entry goes). CPython: _functoolsmodule.c lru_cache_new and its wrappers.
pub struct LruData {
    func: Value,
    /// None: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    cache_info_type: Value,
    cache: RefCell<Option<crate::objects::dict::DictRef>>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

impl Payload for LruData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.cache_info_type);
        if let Ok(c) = self.cache.try_borrow() {
            if let Some(c) = &*c {
                visit(c.as_value());
            }
        }
    }
    fn clear(&self) {
        let old = self.cache.borrow_mut().take();
        drop(old);
    }
}

thread_local! {
    /// The separator between positional and keyword arguments in cache keys (CPython's
    /// `kwd_mark`).
    static KWD_MARK: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn kwd_mark(vm: &Vm) -> Value {
    if let Some(m) = KWD_MARK.with(|k| k.borrow().clone()) {
        return m;
    }
    let m = alloc_object(vm.types.object, crate::objects::object::ObjectData::new(0)).into_value();
    KWD_MARK.with(|k| *k.borrow_mut() = Some(m.clone()));
    m
}

/// The cache key of a call (CPython: lru_cache_make_key).
fn make_key(vm: &Vm, args: &[Value], kwnames: &[Value], typed: bool) -> Value {
    let npos = args.len() - kwnames.len();
    let pos = &args[..npos];
    if !typed && kwnames.is_empty() {
        if let [one] = pos {
            let c = one.class();
            if std::ptr::eq(c, vm.types.int) || std::ptr::eq(c, vm.types.str) {
                return one.clone();
            }
        }
        return vm.new_tuple(pos.to_vec());
    }
    let mut key: Vec<Value> = pos.to_vec();
    if !kwnames.is_empty() {
        key.push(kwd_mark(vm));
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if typed {
        for v in pos {
            key.push(v.class().to_value());
        }
        for v in &args[npos..] {
            key.push(v.class().to_value());
        }
    }
    vm.new_tuple(key)
}

fn lru_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(
        vm,
        "lru_cache",
        rest,
        kw,
        &["user_function", "maxsize", "typed", "cache_info_type"],
        4,
        4,
    )?;
    let none = vm.none.clone();
    let func = a[0].clone().unwrap_or_else(|| none.clone());
    if !is_callable(vm, &func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let m = a[1].clone().unwrap_or_else(|| none.clone());
    let maxsize = if vm.is_none(&m) {
        None
    } else if crate::objects::int::as_int(&m).is_some() {
        Some(vm.index_to_isize(&m).unwrap_or(isize::MAX).max(0) as usize)
    } else {
        return Err(vm.new_type_error("maxsize should be integer or None"));
    };
    let typed = vm.is_true(a[2].as_ref().unwrap_or(&none))?;
    Ok(alloc_object(
        cls,
        LruData {
            func,
            maxsize,
            typed,
            cache_info_type: a[3].clone().unwrap_or(none),
            cache: RefCell::new(Some(vm.new_dict())),
            hits: Cell::new(0),
            misses: Cell::new(0),
        },
    )
    .into_value())
}

fn lru_of<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<LruData>> {
    slf::<LruData>(vm, args, "functools._lru_cache_wrapper", meth)
}

fn lru_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = lru_of(vm, args, "__call__")?;
    let call_args = &args[1..];
    if w.maxsize == Some(0) {
        w.misses.set(w.misses.get() + 1);
        return vm.call(&w.func, call_args, kw);
    }
    let key = make_key(vm, call_args, kw, w.typed);
    let hash = vm.hash(&key)?;
    let cache = w.cache.borrow().clone();
    let Some(cache) = cache else {
        return vm.call(&w.func, call_args, kw);
    };
    if let Some(r) = cache.get_hashed(vm, &key, hash)? {
        w.hits.set(w.hits.get() + 1);
        if w.maxsize.is_some() {
            // Move the entry to the most recent end.
            if let Some(v) = cache.remove_hashed(vm, &key, hash)? {
                cache.set_hashed(vm, key, hash, v)?;
            }
        }
        return Ok(r);
    }
    w.misses.set(w.misses.get() + 1);
    let r = vm.call(&w.func, call_args, kw)?;
    // The call may have filled or cleared the cache meanwhile.
    let cache = w.cache.borrow().clone();
    let Some(cache) = cache else { return Ok(r) };
    if cache.get_hashed(vm, &key, hash)?.is_some() {
        return Ok(r);
    }
    cache.set_hashed(vm, key, hash, r.clone())?;
    if let Some(m) = w.maxsize {
        while cache.len() > m {
            let Some((_, k, _)) = cache.next_entry(0) else {
                break;
            };
            let old = cache.remove_item(vm, &k)?;
            drop(old);
        }
    }
    Ok(r)
}

fn lru_cache_info(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = lru_of(vm, args, "cache_info")?;
    crate::objects::list::no_args(vm, "cache_info", args, kw)?;
    let size = w.cache.borrow().as_ref().map(|c| c.len()).unwrap_or(0);
    let maxsize = match w.maxsize {
        Some(m) => vm.new_int(m as i64),
        None => vm.none.clone(),
    };
    vm.call(
        &w.cache_info_type,
        &[
            vm.new_int(w.hits.get() as i64),
            vm.new_int(w.misses.get() as i64),
            maxsize,
            vm.new_int(size as i64),
        ],
        &[],
    )
}

fn lru_cache_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = lru_of(vm, args, "cache_clear")?;
    crate::objects::list::no_args(vm, "cache_clear", args, kw)?;
    w.hits.set(0);
    w.misses.set(0);
    let old = w.cache.borrow_mut().replace(vm.new_dict());
    drop(old);
    Ok(vm.none.clone())
}

fn lru_get(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    lru_of(vm, args, "__get__")?;
    let rest = crate::objects::list::positional(vm, "__get__", args, kw, 1, 2)?;
    if vm.is_none(&rest[0]) {
        return Ok(args[0].clone());
    }
    Ok(crate::ops::new_bound_method(
        vm,
        args[0].clone(),
        rest[0].clone(),
    ))
}

fn lru_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    lru_of(vm, args, "__copy__")?;
    Ok(args[0].clone())
}

// ----- the module -----

struct FtTypes {
    partial: StaticType,
    key: StaticType,
    lru: StaticType,
}

thread_local! {
    static TYPES: Cell<Option<&'static FtTypes>> = const { Cell::new(None) };
}

fn key_type(vm: &Vm) -> StaticType {
    ft_types(vm).key
}

fn ft_types(vm: &Vm) -> &'static FtTypes {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    let partial = new_module_type::<PartialData>(
        vm,
        "functools",
        "partial",
        vm.types.object,
        flags::BASETYPE,
        layout_flags::HAS_GC | layout_flags::MANAGED_DICT,
        Some(PARTIAL_DOC),
    );
    add_staticmethod(vm, partial, "__new__", partial_new);
    add_method(vm, partial, "__call__", partial_call);
    add_method(vm, partial, "__repr__", partial_repr);
    crate::objects::builtin::add_classmethod(
        vm,
        partial,
        "__class_getitem__",
        partial_class_getitem,
    );
    crate::objects::descr::add_getset(vm, partial, "func", partial_func, Some(readonly));
    crate::objects::descr::add_getset(vm, partial, "args", partial_args, Some(readonly));
    crate::objects::descr::add_getset(vm, partial, "keywords", partial_keywords, Some(readonly));

    let key = new_module_type::<KeyData>(
        vm,
        "functools",
        "KeyWrapper",
        vm.types.object,
        0,
        layout_flags::HAS_GC,
        None,
    );
    add_method(vm, key, "__call__", key_call);
    add_method(vm, key, "__lt__", key_lt);
    add_method(vm, key, "__le__", key_le);
    add_method(vm, key, "__eq__", key_eq);
    add_method(vm, key, "__ne__", key_ne);
    add_method(vm, key, "__gt__", key_gt);
    add_method(vm, key, "__ge__", key_ge);
    key.dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
    crate::objects::descr::add_getset(vm, key, "obj", key_obj, None);
    // Flagged as a heap type so that attribute lookup honours its `__get__` (the wrapper
    // binds to instances as a method, as CPython's does).
    let lru = new_module_type::<LruData>(
        vm,
        "functools",
        "_lru_cache_wrapper",
        vm.types.object,
        flags::HEAPTYPE,
        layout_flags::HAS_GC | layout_flags::MANAGED_DICT,
        Some(LRU_DOC),
    );
    add_staticmethod(vm, lru, "__new__", lru_new);
    add_method(vm, lru, "__call__", lru_call);
    add_method(vm, lru, "__get__", lru_get);
    add_method(vm, lru, "cache_info", lru_cache_info);
    add_method(vm, lru, "cache_clear", lru_cache_clear);
    add_method(vm, lru, "__copy__", lru_copy);
    add_method(vm, lru, "__deepcopy__", lru_copy);
    let t: &'static FtTypes = Box::leak(Box::new(FtTypes { partial, key, lru }));
    TYPES.with(|c| c.set(Some(t)));
    t
}

/// Makes the `_functools` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_functools");
    let t = ft_types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        d.set_str(
            vm,
            &vm.names.__doc__,
            vm.new_str("Tools that operate on functions."),
        );
        d.set_str(vm, &vm.intern("partial"), t.partial.to_value());
        d.set_str(vm, &vm.intern("_lru_cache_wrapper"), t.lru.to_value());
        d.set_str(
            vm,
            &vm.intern("reduce"),
            crate::objects::builtin::new_module_function(vm, "reduce", reduce, Some(m.clone())),
        );
        d.set_str(
            vm,
            &vm.intern("cmp_to_key"),
            crate::objects::builtin::new_module_function(
                vm,
                "cmp_to_key",
                cmp_to_key,
                Some(m.clone()),
            ),
        );
    }
    m
}

const PARTIAL_DOC: &str = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";
const LRU_DOC: &str = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n";
