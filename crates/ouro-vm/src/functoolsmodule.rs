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

// ----- the module -----

struct FtTypes {
    partial: StaticType,
    key: StaticType,
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
    let t: &'static FtTypes = Box::leak(Box::new(FtTypes { partial, key }));
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
