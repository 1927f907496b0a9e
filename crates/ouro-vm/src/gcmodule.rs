//! The `gc` module: `collect`, `enable`/`disable`/`isenabled`, `get_count`, `get_threshold`,
//! `set_threshold`, `is_tracked`, `get_referrers`, `get_referents`, `freeze` and friends, over
//! the collector in gc.rs. CPython: Modules/gcmodule.c (the gc_* functions).

use std::cell::Cell;

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};

/// Per-generation statistics (`gc.get_stats`): collections, collected, uncollectable.
#[derive(Clone, Copy, Default)]
struct GenStats {
    collections: i64,
    collected: i64,
    uncollectable: i64,
}

thread_local! {
    static STATS: Cell<[GenStats; 3]> = const {
        Cell::new(
            [GenStats {
                collections: 0,
                collected: 0,
                uncollectable: 0,
            }; 3],
        )
    };
    /// The number of objects `gc.freeze()` moved to the permanent generation.
    static FROZEN: Cell<usize> = const { Cell::new(0) };
    /// The flags of `gc.set_debug`.
    static DEBUG: Cell<i64> = const { Cell::new(0) };
}

/// The list `gc.callbacks` of the imported `gc` module, if it is non-empty.
fn callbacks(vm: &Vm) -> Option<Vec<Value>> {
    let m = vm.modules.get_str(&vm.intern("gc"))?;
    let md = m.downcast::<ModuleData>()?;
    let cbs = md.dict.get_str(&vm.intern("callbacks"))?;
    let items = cbs.downcast::<crate::objects::list::ListData>()?.snapshot();
    (!items.is_empty()).then_some(items)
}

/// Calls every `gc.callbacks` entry with `phase` and the info dict; errors are unraisable.
/// CPython: gcmodule.c invoke_gc_callback.
fn invoke_callbacks(vm: &Vm, cbs: &[Value], phase: &str, generation: usize, collected: usize) {
    let info = vm.new_dict();
    for (k, v) in [
        ("generation", generation),
        ("collected", collected),
        ("uncollectable", 0),
    ] {
        info.set_str(vm, &vm.intern(k), vm.new_int(v as i64));
    }
    let phase = vm.new_string(phase.to_string());
    for cb in cbs {
        if let Err(e) = vm.call(cb, &[phase.clone(), info.as_value().clone()], &[]) {
            crate::pythonrun::write_unraisable(vm, &e, Some(cb));
        }
    }
}

/// A collection of `generation` (2 = full) with the callbacks and statistics around it.
/// CPython: gcmodule.c gc_collect_with_callback.
pub fn collect_with_callbacks(vm: &Vm, generation: usize) -> usize {
    let cbs = callbacks(vm);
    if let Some(cbs) = &cbs {
        invoke_callbacks(vm, cbs, "start", generation, 0);
    }
    let n = crate::gc::collect(vm, generation == 2).unreachable;
    STATS.with(|s| {
        let mut st = s.get();
        let g = generation.min(2);
        st[g].collections += 1;
        st[g].collected += n as i64;
        s.set(st);
    });
    if let Some(cbs) = &cbs {
        invoke_callbacks(vm, cbs, "stop", generation, n);
    }
    n
}

fn gc_collect(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let Some(g) = args.first() {
        let g = vm.index_to_isize(g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.new_value_error("invalid generation"));
        }
    }
    let _ = kwnames;
    let n = collect_with_callbacks(vm, 2);
    Ok(vm.new_int(n as i64))
}

fn gc_get_stats(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.new_type_error(format!(
            "gc.get_stats() takes no arguments ({} given)",
            args.len()
        )));
    }
    let st = STATS.with(|s| s.get());
    let mut out = Vec::new();
    for g in st {
        let d = vm.new_dict();
        for (k, v) in [
            ("collections", g.collections),
            ("collected", g.collected),
            ("uncollectable", g.uncollectable),
        ] {
            d.set_str(vm, &vm.intern(k), vm.new_int(v));
        }
        out.push(d.as_value().clone());
    }
    Ok(vm.new_list(out))
}

fn gc_freeze(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    FROZEN.with(|f| f.set(crate::gc::tracked_count()));
    Ok(vm.none.clone())
}

fn gc_unfreeze(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    FROZEN.with(|f| f.set(0));
    Ok(vm.none.clone())
}

fn gc_set_debug(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "set_debug", args)?;
    let flags = vm.index_to_isize(v)?;
    DEBUG.with(|d| d.set(flags as i64));
    Ok(vm.none.clone())
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
        if let Some(d) = a.downcast::<crate::objects::dict::DictData>() {
            // A dict whose keys are all exact strings visits only its values (CPython's
            // dict_traverse on a unicode-keys table).
            let items = d.items();
            if items
                .iter()
                .all(|(k, _)| std::ptr::eq(k.class(), vm.types.str))
            {
                out.extend(items.into_iter().map(|(_, v)| v));
                continue;
            }
        }
        if crate::gc::is_tracked(a) {
            a.traverse(&mut |v| out.push(v.clone()));
        }
    }
    Ok(vm.new_list(out))
}

fn gc_get_objects(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_list(crate::gc::all_objects()))
}

fn gc_get_freeze_count(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(FROZEN.with(|f| f.get()) as i64))
}

fn gc_get_debug(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(DEBUG.with(|d| d.get())))
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
    ("get_stats", gc_get_stats),
    ("freeze", gc_freeze),
    ("unfreeze", gc_unfreeze),
    ("get_freeze_count", gc_get_freeze_count),
    ("set_debug", gc_set_debug),
    ("get_debug", gc_get_debug),
];

/// Makes the `gc` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "gc");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
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
