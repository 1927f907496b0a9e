//! The `gc` module: `collect`, `enable`/`disable`/`isenabled`, `get_count`, `get_threshold`,
//! `set_threshold`, `is_tracked`, `get_referrers`, `get_referents`, `freeze` and friends, over
//! the collector in gc.rs. CPython: Modules/gcmodule.c (the gc_* functions).

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};

fn gc_collect(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let Some(g) = args.first() {
        let g = vm.index_to_isize(g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.new_value_error("invalid generation"));
        }
    }
    let _ = kwnames;
    let r = crate::gc::collect(vm, true);
    Ok(vm.new_int(r.unreachable as i64))
}

fn gc_enable(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::gc::with_state(|s| s.enabled.set(true));
    Ok(vm.none.clone())
}

fn gc_disable(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::gc::with_state(|s| s.enabled.set(false));
    Ok(vm.none.clone())
}

fn gc_isenabled(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bool(crate::gc::with_state(|s| s.enabled.get())))
}

fn gc_get_count(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b, c) = crate::gc::with_state(|s| (s.count0.get(), s.count1.get(), s.count2.get()));
    Ok(vm.new_tuple(vec![vm.new_int(a), vm.new_int(b), vm.new_int(c)]))
}

fn gc_get_threshold(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = crate::gc::with_state(|s| s.thresholds.get());
    Ok(vm.new_tuple(t.iter().map(|&x| vm.new_int(x)).collect()))
}

fn gc_set_threshold(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("set_threshold() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 3 {
        return Err(vm.new_type_error(format!(
            "set_threshold() takes at {} 3 arguments ({} given)",
            if args.is_empty() {
                "least 1 argument, at most"
            } else {
                "most"
            },
            args.len()
        )));
    }
    let mut t = crate::gc::with_state(|s| s.thresholds.get());
    for (i, a) in args.iter().enumerate() {
        t[i] = vm.index_to_isize(a)? as i64;
    }
    crate::gc::with_state(|s| s.thresholds.set(t));
    Ok(vm.none.clone())
}

/// Whether CPython would report the object as tracked: containers are, except the dicts and
/// tuples it untracks because they hold only atomic values.
fn tracked_like_cpython(vm: &Vm, v: &Value, depth: u32) -> bool {
    if !crate::gc::is_tracked(v) {
        return false;
    }
    if depth > 50 {
        return true;
    }
    if let Some(t) = v.downcast::<crate::objects::tuple::TupleData>() {
        return t
            .items()
            .iter()
            .any(|x| tracked_like_cpython(vm, x, depth + 1));
    }
    if let Some(d) = v.downcast::<crate::objects::dict::DictData>() {
        let items = d.items();
        return items.iter().any(|(k, x)| {
            tracked_like_cpython(vm, k, depth + 1) || tracked_like_cpython(vm, x, depth + 1)
        });
    }
    true
}

fn gc_is_tracked(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "is_tracked", args)?;
    Ok(vm.new_bool(tracked_like_cpython(vm, v, 0)))
}

fn gc_is_finalized(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = one_arg(vm, "is_finalized", args)?;
    Ok(vm.new_bool(false))
}

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    match args {
        [v] => Ok(v),
        _ => Err(vm.new_type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn gc_get_referrers(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = crate::gc::referrers(args);
    Ok(vm.new_list(r))
}

fn gc_get_referents(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut out = Vec::new();
    for a in args {
        if crate::gc::is_tracked(a) {
            a.traverse(&mut |v| out.push(v.clone()));
        }
    }
    Ok(vm.new_list(out))
}

fn gc_get_objects(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_list(crate::gc::all_objects()))
}

fn gc_noop(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.none.clone())
}

fn gc_get_freeze_count(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(0))
}

fn gc_get_debug(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(0))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", gc_collect),
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("get_count", gc_get_count),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("is_tracked", gc_is_tracked),
    ("is_finalized", gc_is_finalized),
    ("get_referrers", gc_get_referrers),
    ("get_referents", gc_get_referents),
    ("get_objects", gc_get_objects),
    ("freeze", gc_noop),
    ("unfreeze", gc_noop),
    ("get_freeze_count", gc_get_freeze_count),
    ("set_debug", gc_noop),
    ("get_debug", gc_get_debug),
];

/// Makes the `gc` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "gc");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, None, FUNCTIONS);
        d.set_str(vm, &vm.intern("garbage"), vm.new_list(vec![]));
        d.set_str(vm, &vm.intern("callbacks"), vm.new_list(vec![]));
        for (name, v) in [
            ("DEBUG_STATS", 1),
            ("DEBUG_COLLECTABLE", 2),
            ("DEBUG_UNCOLLECTABLE", 4),
            ("DEBUG_SAVEALL", 32),
            ("DEBUG_LEAK", 38),
        ] {
            d.set_str(vm, &vm.intern(name), vm.new_int(v));
        }
    }
    m
}
