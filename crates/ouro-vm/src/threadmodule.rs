//! The `_thread` module for an interpreter that runs one thread: locks (`LockType`,
//! `allocate_lock`) and re-entrant locks (`RLock`) that work as in CPython while only the
//! main thread runs (acquiring a lock that is held, which would block forever, fails at once
//! and returns False), `get_ident`, `_local`, `_count`, `TIMEOUT_MAX`, `error`. Starting a
//! thread raises RuntimeError("can't start new thread"). CPython: Modules/_threadmodule.c.

use std::cell::Cell;

use crate::object::{alloc_object, layout_flags, Payload, Value};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::module::ModuleData;
use crate::objects::object::ObjectData;
use crate::typeobject::{flags, TypeData};
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The identifier of the only thread.
const MAIN_IDENT: i64 = 1;

/// `_thread.lock`.
pub struct LockData {
    locked: Cell<bool>,
}

impl Payload for LockData {}

/// `_thread.RLock`: the owner's identifier (0 when free) and the recursion count.
pub struct RLockData {
    owner: Cell<i64>,
    count: Cell<u64>,
}

impl Payload for RLockData {}

#[derive(Clone, Copy)]
struct ThreadTypes {
    lock: StaticType,
    rlock: StaticType,
    local: StaticType,
}

thread_local! {
    static TYPES: Cell<Option<ThreadTypes>> = const { Cell::new(None) };
}

fn thread_types(vm: &Vm) -> ThreadTypes {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    let t = ThreadTypes {
        lock: crate::types::make_builtin_type::<LockData>("lock", 0),
        rlock: crate::types::make_builtin_type::<RLockData>("RLock", 0),
        local: crate::types::make_builtin_type::<ObjectData>(
            "_local",
            layout_flags::HAS_GC | layout_flags::MANAGED_DICT | layout_flags::WEAKREFABLE,
        ),
    };
    TYPES.with(|s| s.set(Some(t)));
    for ty in [t.lock, t.rlock, t.local] {
        ty.dict
            .set_str(vm, &vm.names.__module__, vm.new_str("_thread"));
    }
    t.rlock.flags.set(t.rlock.flags.get() | flags::BASETYPE);
    t.local.flags.set(t.local.flags.get() | flags::BASETYPE);
    let lock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("__enter__", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("__exit__", lock_exit),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("_at_fork_reinit", lock_reinit),
        ("__repr__", lock_repr),
    ];
    for (n, f) in lock_methods {
        add_method(vm, t.lock, n, *f);
    }
    let rlock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", rlock_acquire),
        ("__enter__", rlock_acquire),
        ("release", rlock_release),
        ("__exit__", rlock_exit),
        ("_is_owned", rlock_is_owned),
        ("_recursion_count", rlock_recursion_count),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
        ("_at_fork_reinit", rlock_reinit),
        ("__repr__", rlock_repr),
    ];
    for (n, f) in rlock_methods {
        add_method(vm, t.rlock, n, *f);
    }
    crate::objects::builtin::add_staticmethod(vm, t.rlock, "__new__", rlock_new);
    crate::objects::builtin::add_staticmethod(vm, t.lock, "__new__", crate::weakrefobject::no_new);
    crate::objects::builtin::add_staticmethod(vm, t.local, "__new__", local_new);
    t
}

fn new_lock(vm: &Vm) -> Value {
    alloc_object(
        thread_types(vm).lock,
        LockData {
            locked: Cell::new(false),
        },
    )
    .into_value()
}

fn lock_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a LockData> {
    v.downcast::<LockData>()
        .map(|o| &**o)
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_thread.lock' object"))
}

/// Reads `blocking` and `timeout` of `acquire(blocking=True, timeout=-1)`.
fn acquire_args(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<(bool, f64)> {
    let npos = args.len() - kw.len();
    let mut blocking = true;
    let mut timeout = -1.0;
    let mut set = |name: &str, v: &Value| -> PyResult<()> {
        match name {
            "blocking" => blocking = vm.is_true(v)?,
            "timeout" => {
                timeout = match crate::ops::float_of(v) {
                    Some(f) => f,
                    None => vm.index_to_isize(v)? as f64,
                }
            }
            other => {
                return Err(vm.new_type_error(format!(
                    "acquire() got an unexpected keyword argument '{other}'"
                )))
            }
        }
        Ok(())
    };
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            npos - 1
        )));
    }
    for (i, v) in args[1..npos].iter().enumerate() {
        set(if i == 0 { "blocking" } else { "timeout" }, v)?;
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        set(crate::ops::str_of(k).unwrap_or(""), v)?;
    }
    if !blocking && timeout != -1.0 {
        return Err(vm.new_value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_value_error("timeout value must be a non-negative number"));
    }
    Ok((blocking, timeout))
}

fn lock_acquire(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = lock_of(vm, &args[0])?;
    acquire_args(vm, args, kw)?;
    if l.locked.get() {
        // No other thread could ever release it.
        return Ok(vm.false_.clone());
    }
    l.locked.set(true);
    Ok(vm.true_.clone())
}

fn lock_release(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = lock_of(vm, &args[0])?;
    if !l.locked.get() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    l.locked.set(false);
    Ok(vm.none.clone())
}

fn lock_exit(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    lock_release(vm, &args[..1], &[])
}

fn lock_locked(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = lock_of(vm, &args[0])?;
    Ok(vm.new_bool(l.locked.get()))
}

fn lock_reinit(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    lock_of(vm, &args[0])?.locked.set(false);
    Ok(vm.none.clone())
}

fn lock_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = lock_of(vm, &args[0])?;
    Ok(vm.new_string(format!(
        "<{} {} object at {:#x}>",
        if l.locked.get() { "locked" } else { "unlocked" },
        type_name(vm, &args[0]),
        args[0].raw()
    )))
}

fn type_name(vm: &Vm, v: &Value) -> String {
    let t: &crate::object::Obj<TypeData> = v.class();
    let m = t
        .dict
        .get_str(&vm.names.__module__)
        .and_then(|m| crate::ops::str_of(&m).map(|s| s.to_string()));
    match m {
        Some(m) if m != "builtins" => format!("{m}.{}", t.qualname.borrow()),
        _ => t.qualname.borrow().to_string(),
    }
}

fn rlock_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("RLock.__new__(X): X is not a type object"));
    };
    Ok(alloc_object(
        cls,
        RLockData {
            owner: Cell::new(0),
            count: Cell::new(0),
        },
    )
    .into_value())
}

fn rlock_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RLockData> {
    v.downcast::<RLockData>()
        .map(|o| &**o)
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_thread.RLock' object"))
}

fn rlock_acquire(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    acquire_args(vm, args, kw)?;
    if l.count.get() > 0 && l.owner.get() != MAIN_IDENT {
        return Ok(vm.false_.clone());
    }
    l.owner.set(MAIN_IDENT);
    l.count.set(l.count.get() + 1);
    Ok(vm.true_.clone())
}

fn rlock_release(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    if l.count.get() == 0 || l.owner.get() != MAIN_IDENT {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    l.count.set(l.count.get() - 1);
    if l.count.get() == 0 {
        l.owner.set(0);
    }
    Ok(vm.none.clone())
}

fn rlock_exit(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    rlock_release(vm, &args[..1], &[])
}

fn rlock_is_owned(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    Ok(vm.new_bool(l.count.get() > 0 && l.owner.get() == MAIN_IDENT))
}

fn rlock_recursion_count(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    let n = if l.owner.get() == MAIN_IDENT {
        l.count.get()
    } else {
        0
    };
    Ok(vm.new_int(n as i64))
}

fn rlock_release_save(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    if l.count.get() == 0 {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    let state = vm.new_tuple(vec![
        vm.new_int(l.count.get() as i64),
        vm.new_int(l.owner.get()),
    ]);
    l.count.set(0);
    l.owner.set(0);
    Ok(state)
}

fn rlock_acquire_restore(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    let state = args
        .get(1)
        .and_then(crate::ops::tuple_items)
        .filter(|t| t.len() == 2)
        .ok_or_else(|| vm.new_type_error("_acquire_restore() argument must be a 2-tuple"))?;
    let count = vm.index_to_isize(&state[0])?;
    let owner = vm.index_to_isize(&state[1])?;
    l.count.set(count.max(0) as u64);
    l.owner.set(owner as i64);
    Ok(vm.none.clone())
}

fn rlock_reinit(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    l.count.set(0);
    l.owner.set(0);
    Ok(vm.none.clone())
}

fn rlock_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = rlock_of(vm, &args[0])?;
    Ok(vm.new_string(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if l.count.get() > 0 {
            "locked"
        } else {
            "unlocked"
        },
        type_name(vm, &args[0]),
        l.owner.get(),
        l.count.get(),
        args[0].raw()
    )))
}

// CPython: _threadmodule.c local_new
fn local_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("_local.__new__(X): X is not a type object"));
    };
    if args.len() > 1 {
        let init = cls.lookup(&vm.names.__init__);
        let base_init = vm.types.object.dict.get_str(&vm.names.__init__);
        let default_init = match (&init, &base_init) {
            (Some(a), Some(b)) => a.is(b),
            _ => true,
        };
        if default_init {
            let _ = kw;
            return Err(vm.new_type_error("Initialization arguments are not supported"));
        }
    }
    Ok(alloc_object(cls, ObjectData::new(cls.nslots)).into_value())
}

fn allocate_lock(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_lock(vm))
}

fn get_ident(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(MAIN_IDENT))
}

fn get_native_id(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(std::process::id() as i64))
}

fn count(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(0))
}

fn start_new_thread(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_runtime_error("can't start new thread"))
}

fn stack_size(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(0))
}

fn true_fn(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.true_.clone())
}

fn none_fn(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.none.clone())
}

fn exit_thread(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_exception(vm.types.exc.system_exit, vec![]))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_count", count),
    ("_is_main_interpreter", true_fn),
    ("_set_sentinel", allocate_lock),
    ("allocate", allocate_lock),
    ("allocate_lock", allocate_lock),
    ("daemon_threads_allowed", true_fn),
    ("exit", exit_thread),
    ("exit_thread", exit_thread),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("interrupt_main", none_fn),
    ("stack_size", stack_size),
    ("start_new", start_new_thread),
    ("start_new_thread", start_new_thread),
];

/// Makes the `_thread` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_thread");
    let t = thread_types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        d.set_str(vm, &vm.intern("LockType"), t.lock.to_value());
        d.set_str(vm, &vm.intern("RLock"), t.rlock.to_value());
        d.set_str(vm, &vm.intern("_local"), t.local.to_value());
        d.set_str(
            vm,
            &vm.intern("error"),
            vm.types.exc.runtime_error.to_value(),
        );
        d.set_str(vm, &vm.intern("TIMEOUT_MAX"), vm.new_float(9223372036.0));
    }
    m
}
