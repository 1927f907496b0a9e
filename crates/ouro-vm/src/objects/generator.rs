//! Generators, coroutines and async generators: a suspended frame (its locals and value stack
//! moved off the data stack) plus the instruction to resume at, and the helper objects of the
//! async protocols (`async_generator_asend`, `async_generator_athrow`, the wrapped value of an
//! async `yield`, `coroutine_wrapper`). The Python-visible methods and attributes are
//! registered here; the running logic is in `genobject.rs`. CPython: Objects/genobject.c.

use std::cell::{Cell, RefCell};

use crate::ceval::Frame;
use crate::genobject as g;
use crate::object::{Payload, Value};
use crate::objects::builtin::add_method;
use crate::objects::code::CodeRef;
use crate::objects::descr::add_getset;
use crate::objects::dict::DictRef;
use crate::objects::str::StrRef;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// Where a generator's frame is in its life (CPython's `gi_frame_state`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Completed,
}

pub struct GeneratorData {
    /// The frame while the generator is not running: its region is a slice of its own (off
    /// the data stack), its `generator` and `frame_obj` are empty (the frame object is kept in
    /// `frame_obj` below). Resuming moves the frame into the evaluation loop as it is, and
    /// suspending moves it back.
    pub frame: RefCell<Option<Frame>>,
    /// The exception the generator was handling when it suspended (CPython: `gi_exc_state`).
    pub exc_state: Cell<Option<Value>>,
    pub code: CodeRef,
    pub globals: DictRef,
    pub builtins: DictRef,
    pub name: RefCell<StrRef>,
    pub qualname: RefCell<StrRef>,
    pub state: Cell<GenState>,
    /// The frame object, once something asked for it (`gi_frame`, a traceback).
    pub frame_obj: RefCell<Option<Value>>,
    /// Async generators: an `asend`/`athrow` awaitable is driving the generator.
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` was called or the generator finished.
    pub closed: Cell<bool>,
    /// Async generators: the `sys.set_asyncgen_hooks` finalizer recorded at first iteration.
    pub finalizer: RefCell<Option<Value>>,
    pub hooks_inited: Cell<bool>,
}

impl GeneratorData {
    pub fn new(
        code: CodeRef,
        globals: DictRef,
        builtins: DictRef,
        frame: Frame,
        name: StrRef,
        qualname: StrRef,
    ) -> Self {
        GeneratorData {
            frame: RefCell::new(Some(frame)),
            exc_state: Cell::new(None),
            code,
            globals,
            builtins,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            state: Cell::new(GenState::Created),
            frame_obj: RefCell::new(None),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            finalizer: RefCell::new(None),
            hooks_inited: Cell::new(false),
        }
    }

    pub fn running(&self) -> bool {
        self.state.get() == GenState::Running
    }
}

impl Payload for GeneratorData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.globals.as_value());
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = &*f {
                for i in 0..f.region.len() {
                    if let Some(v) = f.region.get(i) {
                        visit(v);
                    }
                }
                visit(f.globals.as_value());
                if let Some(func) = &f.func {
                    visit(func);
                }
            }
        }
        if let Ok(f) = self.frame_obj.try_borrow() {
            if let Some(f) = &*f {
                visit(f);
            }
        }
        if let Ok(f) = self.finalizer.try_borrow() {
            if let Some(f) = &*f {
                visit(f);
            }
        }
    }
    fn clear(&self) {
        let old = self.frame.borrow_mut().take();
        drop(old);
        drop(self.exc_state.take());
        let old = self.frame_obj.borrow_mut().take();
        drop(old);
        let old = self.finalizer.borrow_mut().take();
        drop(old);
    }
}

/// The state of an `asend()`/`athrow()` awaitable (CPython's `AwaitableState`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitableState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: the awaitable returned by `agen.asend(v)` and `agen.__anext__()`.
pub struct AsendData {
    pub gen: Value,
    pub sendval: RefCell<Option<Value>>,
    pub state: Cell<AwaitableState>,
}

impl Payload for AsendData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.gen);
        if let Ok(v) = self.sendval.try_borrow() {
            if let Some(v) = &*v {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.sendval.borrow_mut().take();
        drop(old);
    }
}

/// `async_generator_athrow`: the awaitable returned by `agen.athrow(...)` and `agen.aclose()`
/// (`args` is None for `aclose`).
pub struct AthrowData {
    pub gen: Value,
    pub args: Option<Vec<Value>>,
    pub state: Cell<AwaitableState>,
}

impl Payload for AthrowData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.gen);
        for a in self.args.iter().flatten() {
            visit(a);
        }
    }
}

/// The value of an async generator's `yield`, wrapped so the awaitables above can tell it
/// from what an `await` inside the generator passes up.
pub struct WrappedValueData {
    pub value: Value,
}

impl Payload for WrappedValueData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.value);
    }
}

/// `coroutine_wrapper`: what `coro.__await__()` returns.
pub struct CoroWrapperData {
    pub coro: Value,
}

impl Payload for CoroWrapperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.coro);
    }
}

/// `anext_awaitable`: what `anext(it, default)` returns; StopAsyncIteration from the
/// wrapped awaitable becomes StopIteration(default).
pub struct AnextAwaitableData {
    pub wrapped: Value,
    pub default: Value,
}

impl Payload for AnextAwaitableData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.wrapped);
        visit(&self.default);
    }
}

/// The helper types, made at start-up.
pub struct GenTypes {
    pub anext_awaitable: StaticType,
    pub asend: StaticType,
    pub athrow: StaticType,
    pub wrapped: StaticType,
    pub coro_wrapper: StaticType,
}

thread_local! {
    static GEN_TYPES: Cell<Option<&'static GenTypes>> = const { Cell::new(None) };
}

pub fn gen_types() -> &'static GenTypes {
    if let Some(t) = GEN_TYPES.with(|t| t.get()) {
        return t;
    }
    use crate::object::layout_flags::HAS_GC;
    let t: &'static GenTypes = Box::leak(Box::new(GenTypes {
        anext_awaitable: crate::types::make_builtin_type::<AnextAwaitableData>(
            "anext_awaitable",
            HAS_GC,
        ),
        asend: crate::types::make_builtin_type::<AsendData>("async_generator_asend", HAS_GC),
        athrow: crate::types::make_builtin_type::<AthrowData>("async_generator_athrow", HAS_GC),
        wrapped: crate::types::make_builtin_type::<WrappedValueData>(
            "async_generator_wrapped_value",
            HAS_GC,
        ),
        coro_wrapper: crate::types::make_builtin_type::<CoroWrapperData>(
            "coroutine_wrapper",
            HAS_GC,
        ),
    }));
    GEN_TYPES.with(|c| c.set(Some(t)));
    t
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Value> {
    args.first()
        .ok_or_else(|| vm.new_type_error("descriptor needs an argument"))
}

fn no_kw(vm: &Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.new_type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    no_kw(vm, name, kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(&args[1])
}

fn no_args(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    no_kw(vm, name, kw)?;
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

fn throw_args<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a [Value]> {
    no_kw(vm, name, kw)?;
    let n = args.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if n > 3 {
        return Err(vm.new_type_error(format!("{name} expected at most 3 arguments, got {n}")));
    }
    Ok(&args[1..])
}

// ----- generator / coroutine methods -----

fn gen_send_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "send", args, kw)?;
    g::gen_send(vm, this(vm, args)?, v.clone())
}

fn gen_throw_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = throw_args(vm, "throw", args, kw)?;
    g::gen_throw_method(vm, this(vm, args)?, a)
}

fn gen_close_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "close", args, kw)?;
    g::gen_close(vm, this(vm, args)?)?;
    Ok(vm.none.clone())
}

fn gen_next_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__next__", args, kw)?;
    g::gen_next_value(vm, this(vm, args)?)
}

fn self_m(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(this(vm, args)?.clone())
}

fn coro_await_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__await__", args, kw)?;
    let w = crate::object::alloc_object(
        gen_types().coro_wrapper,
        CoroWrapperData {
            coro: this(vm, args)?.clone(),
        },
    );
    Ok(w.into_value())
}

fn gdata<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::Obj<GeneratorData>> {
    v.downcast::<GeneratorData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a generator"))
}

fn get_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(g::gen_frame_object(vm, v).unwrap_or_else(|| vm.none.clone()))
}

fn get_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(gdata(vm, v)?.running()))
}

fn get_suspended(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(gdata(vm, v)?.state.get() == GenState::Suspended))
}

fn get_ag_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(gdata(vm, v)?.running_async.get()))
}

fn get_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gdata(vm, v)?.code.to_value())
}

fn get_yieldfrom(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(g::yf(gdata(vm, v)?).unwrap_or_else(|| vm.none.clone()))
}

fn get_none(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.none.clone())
}

fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gdata(vm, v)?.name.borrow().to_value())
}

fn get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gdata(vm, v)?.qualname.borrow().to_value())
}

fn set_name_common(vm: &Vm, v: &Value, new: Option<Value>, qual: bool) -> PyResult<()> {
    let what = if qual { "__qualname__" } else { "__name__" };
    let s = new
        .and_then(|n| n.downcast_ref::<crate::objects::str::StrData>())
        .ok_or_else(|| vm.new_type_error(format!("{what} must be set to a string object")))?;
    let d = gdata(vm, v)?;
    let old = if qual {
        d.qualname.replace(s)
    } else {
        d.name.replace(s)
    };
    drop(old);
    Ok(())
}

fn set_name(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_name_common(vm, v, new, false)
}

fn set_qualname(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_name_common(vm, v, new, true)
}

// ----- async generator methods -----

fn ag_anext_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__anext__", args, kw)?;
    g::async_gen_anext(vm, this(vm, args)?)
}

fn ag_asend_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "asend", args, kw)?;
    g::async_gen_asend(vm, this(vm, args)?, v.clone())
}

fn ag_athrow_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = throw_args(vm, "athrow", args, kw)?;
    g::async_gen_athrow(vm, this(vm, args)?, Some(a.to_vec()))
}

fn ag_aclose_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "aclose", args, kw)?;
    g::async_gen_athrow(vm, this(vm, args)?, None)
}

// ----- asend / athrow / coroutine_wrapper methods -----

fn aw_send_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "send", args, kw)?;
    g::awaitable_send(vm, this(vm, args)?, v.clone())
}

fn aw_next_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "__next__", args, kw)?;
    g::awaitable_send(vm, this(vm, args)?, vm.none.clone())
}

fn aw_throw_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = throw_args(vm, "throw", args, kw)?;
    g::awaitable_throw(vm, this(vm, args)?, a)
}

fn aw_close_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "close", args, kw)?;
    g::awaitable_close(vm, this(vm, args)?)?;
    Ok(vm.none.clone())
}

pub fn init(vm: &Vm) {
    let t = &vm.types;
    for ty in [t.generator, t.coroutine, t.async_generator] {
        ty.flags
            .set(ty.flags.get() | crate::typeobject::flags::HAS_FINALIZER);
        add_getset(vm, ty, "__name__", get_name, Some(set_name));
        add_getset(vm, ty, "__qualname__", get_qualname, Some(set_qualname));
    }
    // Generators.
    let gt = t.generator;
    add_method(vm, gt, "send", gen_send_m);
    add_method(vm, gt, "throw", gen_throw_m);
    add_method(vm, gt, "close", gen_close_m);
    add_method(vm, gt, "__next__", gen_next_m);
    add_method(vm, gt, "__iter__", self_m);
    add_getset(vm, gt, "gi_frame", get_frame, None);
    add_getset(vm, gt, "gi_running", get_running, None);
    add_getset(vm, gt, "gi_suspended", get_suspended, None);
    add_getset(vm, gt, "gi_code", get_code, None);
    add_getset(vm, gt, "gi_yieldfrom", get_yieldfrom, None);
    // Coroutines.
    let ct = t.coroutine;
    add_method(vm, ct, "send", gen_send_m);
    add_method(vm, ct, "throw", gen_throw_m);
    add_method(vm, ct, "close", gen_close_m);
    add_method(vm, ct, "__await__", coro_await_m);
    add_getset(vm, ct, "cr_frame", get_frame, None);
    add_getset(vm, ct, "cr_running", get_running, None);
    add_getset(vm, ct, "cr_suspended", get_suspended, None);
    add_getset(vm, ct, "cr_code", get_code, None);
    add_getset(vm, ct, "cr_await", get_yieldfrom, None);
    add_getset(vm, ct, "cr_origin", get_none, None);
    // Async generators.
    let at = t.async_generator;
    add_method(vm, at, "__aiter__", self_m);
    add_method(vm, at, "__anext__", ag_anext_m);
    add_method(vm, at, "asend", ag_asend_m);
    add_method(vm, at, "athrow", ag_athrow_m);
    add_method(vm, at, "aclose", ag_aclose_m);
    add_getset(vm, at, "ag_frame", get_frame, None);
    add_getset(vm, at, "ag_running", get_ag_running, None);
    add_getset(vm, at, "ag_suspended", get_suspended, None);
    add_getset(vm, at, "ag_code", get_code, None);
    add_getset(vm, at, "ag_await", get_yieldfrom, None);
    // The awaitables.
    let gts = gen_types();
    for ty in [gts.asend, gts.athrow, gts.coro_wrapper, gts.anext_awaitable] {
        add_method(vm, ty, "send", aw_send_m);
        add_method(vm, ty, "throw", aw_throw_m);
        add_method(vm, ty, "close", aw_close_m);
        add_method(vm, ty, "__next__", aw_next_m);
        add_method(vm, ty, "__iter__", self_m);
    }
    add_method(vm, gts.asend, "__await__", self_m);
    add_method(vm, gts.athrow, "__await__", self_m);
    add_method(vm, gts.anext_awaitable, "__await__", self_m);
}
