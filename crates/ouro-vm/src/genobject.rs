//! Running generators, coroutines and async generators: creating one from a call, resuming its
//! saved frame with a value sent or an exception thrown in (`send`, `throw`, `close`, `next`),
//! delegation to the sub-iterator of `yield from`/`await`, the awaitables of the async
//! generator protocol (`asend`, `athrow`, `aclose`), the async instructions (`GET_AWAITABLE`,
//! `GET_AITER`, `GET_ANEXT`, `BEFORE_ASYNC_WITH`) and the finalizer that closes a suspended
//! generator when it is freed. CPython: Objects/genobject.c, Python/bytecodes.c.

use ouro_bytecode::opcode::code_byte as op;
use ouro_bytecode::Opcode;

use crate::ceval::{eval, Frame, InlineExit};
use crate::frame::Region;
use crate::object::{alloc_object, Obj, Value};
use crate::objects::dict::DictData;
use crate::objects::exceptions::ExceptionData;
use crate::objects::function::FunctionData;
use crate::objects::generator::{
    gen_types, AnextAwaitableData, AsendData, AthrowData, AwaitableState, CoroWrapperData,
    GenState, GeneratorData, WrappedValueData,
};
use crate::vm::{PyErr, PyResult, Vm};

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// Which of the three kinds a generator object is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

fn kind(vm: &Vm, v: &Value) -> Kind {
    let c = v.class();
    if std::ptr::eq(c, vm.types.coroutine) {
        Kind::Coroutine
    } else if std::ptr::eq(c, vm.types.async_generator) {
        Kind::AsyncGenerator
    } else {
        Kind::Generator
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Generator => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async generator",
    }
}

/// A generator (or coroutine) whose frame is `frame`, not yet started.
/// CPython: the RETURN_GENERATOR instruction, `make_gen`.
pub fn make_generator(vm: &Vm, f: &Obj<FunctionData>, frame: Frame) -> PyResult<Value> {
    use ouro_bytecode::code::{CO_ASYNC_GENERATOR, CO_COROUTINE};
    let flags = frame.code.code.flags;
    let ty = if flags & CO_COROUTINE != 0 {
        vm.types.coroutine
    } else if flags & CO_ASYNC_GENERATOR != 0 {
        vm.types.async_generator
    } else {
        vm.types.generator
    };
    // Run the prefix before RETURN_GENERATOR (MAKE_CELL, COPY_FREE_VARS): it belongs to the
    // call, and the generator starts just after RETURN_GENERATOR.
    let code = &frame.code.code.code;
    let mut ip = 0;
    while ip * 2 + 1 < code.len() {
        let op = code[ip * 2];
        let oparg = code[ip * 2 + 1] as usize;
        ip += 1;
        if op == Opcode::RETURN_GENERATOR as u8 {
            break;
        } else if op == Opcode::MAKE_CELL as u8 && oparg < frame.region.len() {
            let v = frame.region.take(oparg);
            let c = alloc_object(
                vm.types.cell,
                crate::objects::function::CellData {
                    contents: std::cell::Cell::new(v),
                },
            );
            frame.region.set(oparg, Some(c.into_value()));
        } else if op == Opcode::COPY_FREE_VARS as u8 {
            let closure = f.closure.borrow().clone();
            if let Some(items) = closure
                .as_ref()
                .and_then(|c| c.downcast::<crate::objects::tuple::TupleData>())
            {
                let off = frame.code.nlocalsplus.saturating_sub(oparg);
                for (i, c) in items.items().iter().enumerate() {
                    if off + i < frame.region.len() {
                        frame.region.set(off + i, Some(c.clone()));
                    }
                }
            }
        }
    }
    // The frame leaves the data stack for a slice of its own, where it stays (resumed and
    // suspended in place) until the generator finishes.
    let mut frame = frame;
    let region = std::mem::replace(&mut frame.region, Region::from_heap(Box::default()));
    frame.region = Region::from_heap(region.into_heap());
    frame.ip = ip;
    frame.entry = false;
    let (code, globals, builtins) = (
        frame.code.clone(),
        frame.globals.clone(),
        frame.builtins.clone(),
    );
    let g = alloc_object(
        ty,
        GeneratorData::new(
            code,
            globals,
            builtins,
            frame,
            f.name.borrow().clone(),
            f.qualname.borrow().clone(),
        ),
    );
    Ok(g.into_value())
}

fn gen_of<'a>(vm: &Vm, gen: &'a Value) -> PyResult<&'a Obj<GeneratorData>> {
    gen.downcast::<GeneratorData>()
        .ok_or_else(|| vm.new_type_error("not a generator"))
}

/// Resumes `gen` with `arg` sent in, or with `exc` raised at the point where it is suspended.
/// CPython: genobject.c gen_send_ex2.
pub fn send_ex(
    vm: &Vm,
    gen: &Value,
    arg: Value,
    exc: Option<PyErr>,
    closing: bool,
) -> PyResult<SendResult> {
    let g = gen_of(vm, gen)?;
    let k = kind(vm, gen);
    match g.state.get() {
        GenState::Created if exc.is_none() && !vm.is_none(&arg) => {
            return Err(vm.new_type_error(format!(
                "can't send non-None value to a just-started {}",
                kind_name(k)
            )));
        }
        GenState::Running => {
            return Err(vm.new_exception_msg(
                vm.types.exc.value_error,
                format!("{} already executing", kind_name(k)),
            ));
        }
        GenState::Completed => return completed(vm, k, exc, closing),
        _ => {}
    }
    resume(vm, g, gen, arg, exc, k, closing)
}

/// The part of `send_ex` past the checks of the generator's state: runs its frame in a new
/// run of the evaluation loop until it yields, returns or raises.
#[inline(always)]
fn resume(
    vm: &Vm,
    g: &GeneratorData,
    gen: &Value,
    arg: Value,
    exc: Option<PyErr>,
    k: Kind,
    closing: bool,
) -> PyResult<SendResult> {
    if stacker::remaining_stack().is_some_and(|r| r < 256 * 1024) {
        return Err(vm.new_recursion_error("maximum recursion depth exceeded"));
    }
    if vm.thread.recursion_depth.get() >= vm.thread.recursion_limit.get() {
        // The frame counts as a call: past the limit it raises as it starts, which ends the
        // generator (CPython: _Py_EnterRecursivePy at start_frame, then exit_unwind).
        g.state.set(GenState::Completed);
        let old = g.frame.borrow_mut().take();
        drop(old);
        return Err(vm.new_recursion_error("maximum recursion depth exceeded"));
    }
    let saved = g.frame.borrow_mut().take();
    let Some(saved) = saved else {
        g.state.set(GenState::Completed);
        return completed(vm, k, exc, closing);
    };
    let frame = resumed_frame(vm, g, gen, saved, arg, exc.is_some());
    let exc_state = g.exc_state.take();
    if let Some(e) = exc {
        let chain = exc_state.is_some();
        crate::ceval_throw::set_pending(e, chain);
    }
    vm.thread.exc_stack.borrow_mut().push(exc_state);
    g.state.set(GenState::Running);
    let depth = vm.thread.recursion_depth.get();
    vm.thread.recursion_depth.set(depth + 1);
    let r = eval(vm, frame);
    vm.thread.recursion_depth.set(depth);
    match r {
        // A yield put the frame back and marked the generator suspended; a return or an
        // error leaves it running.
        Ok((v, _)) if g.state.get() == GenState::Suspended => Ok(SendResult::Yield(v)),
        Ok((v, _)) => {
            finish_inline(vm, gen);
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            finish_inline(vm, gen);
            Err(e)
        }
    }
}

/// The frame of a suspended generator, made ready to start a run of the loop: `arg`, the value
/// sent in, becomes the result of the suspended YIELD_VALUE (or is popped by the handler an
/// exception unwinds to; `throwing`: an exception is to be raised there).
#[inline(always)]
fn resumed_frame(
    vm: &Vm,
    g: &GeneratorData,
    gen: &Value,
    mut frame: Frame,
    arg: Value,
    throwing: bool,
) -> Frame {
    if throwing || !(vm.is_none(&arg) && skip_resume_pop(&mut frame)) {
        frame.region.put(frame.sp, arg);
        frame.sp += 1;
    }
    frame.entry = true;
    frame.generator = Some(gen.clone());
    if let Some(fo) = &*g.frame_obj.borrow() {
        frame.frame_obj = fo.clone().into();
    }
    frame
}

/// Resumes `gen` inside the running evaluation loop, without a new run of the loop: when it is
/// an exact generator (or, with `coro_ok`, an exact coroutine) suspended or just created (then
/// only with None sent), its frame becomes the running frame `f` in place (the caller's frame,
/// up to date, goes onto `callers`), with `arg` (None: the None object) pushed as the value
/// sent in and `exit` telling how the caller goes on when the generator returns; otherwise
/// `gen` and `arg` back, for `send_ex` to handle (and raise the errors). The generator's saved
/// state moves into the frame (`gen`, owned, becomes its `generator`) and its handled
/// exception onto the exception stack, as `send_ex` does, and the frame counts towards the
/// recursion depth as a call does. CPython: bytecodes.c FOR_ITER_GEN, SEND_GEN.
#[inline(always)]
pub fn enter_inline(
    vm: &Vm,
    gen: Value,
    arg: Option<Value>,
    coro_ok: bool,
    f: &mut Frame,
    callers: &mut Vec<Frame>,
    exit: InlineExit,
) -> Result<(), (Value, Option<Value>)> {
    let c = gen.class();
    if !(std::ptr::eq(c, vm.types.generator) || coro_ok && std::ptr::eq(c, vm.types.coroutine)) {
        return Err((gen, arg));
    }
    let Some(g) = gen.downcast::<GeneratorData>() else {
        return Err((gen, arg));
    };
    match g.state.get() {
        GenState::Suspended => {}
        GenState::Created if arg.as_ref().is_none_or(|a| vm.is_none(a)) => {}
        _ => return Err((gen, arg)),
    }
    // Past the recursion limit, `send_ex` raises.
    if vm.thread.recursion_depth.get() >= vm.thread.recursion_limit.get() {
        return Err((gen, arg));
    }
    let saved = g.frame.borrow_mut().take();
    let Some(saved) = saved else {
        return Err((gen, arg));
    };
    callers.push(std::mem::replace(f, saved));
    let arg = match arg {
        Some(a) if !vm.is_none(&a) => Some(a),
        _ if skip_resume_pop(f) => None,
        a => Some(a.unwrap_or_else(|| vm.none.clone())),
    };
    if let Some(a) = arg {
        f.region.put(f.sp, a);
        f.sp += 1;
    }
    f.entry = false;
    f.inline_exit = Some(exit);
    {
        if let Some(fo) = &*g.frame_obj.borrow() {
            f.frame_obj = fo.clone().into();
        }
    }
    vm.thread.exc_stack.borrow_mut().push(g.exc_state.take());
    g.state.set(GenState::Running);
    f.generator = Some(gen);
    vm.thread
        .recursion_depth
        .set(vm.thread.recursion_depth.get() + 1);
    Ok(())
}

/// Suspends the running generator frame `f`, which `enter_inline` resumed, at a `yield`: its
/// state moves back into its generator, with the exception it was handling, and its caller,
/// the last of `callers`, becomes the running frame.
#[inline]
pub fn suspend_inline_to(vm: &Vm, f: &mut Frame, callers: &mut Vec<Frame>) {
    let exc_state = vm.thread.exc_stack.borrow_mut().pop().flatten();
    let fo = f.frame_obj.take();
    f.inline_exit = None;
    let gen = f.generator.take();
    let g = gen.as_ref().and_then(|g| g.downcast::<GeneratorData>());
    match g {
        Some(g) => {
            g.exc_state.set(exc_state);
            if let Some(fo) = fo {
                let old = g.frame_obj.replace(Some(fo));
                drop(old);
            }
            // The slot is empty while the generator runs: nothing is dropped here. The frame
            // moves straight into it, the caller straight from `callers` into `f`.
            let mut slot = g.frame.borrow_mut();
            *slot = Some(std::mem::replace(f, callers.pop().expect("a caller frame")));
            drop(slot);
            g.state.set(GenState::Suspended);
        }
        None => drop(std::mem::replace(f, callers.pop().expect("a caller frame"))),
    }
}

/// Whether the instructions at `ip` of `quick` are the RESUME and the POP_TOP that follow the
/// YIELD_VALUE of a `yield` statement (its sent value discarded). Traced code, whose RESUME is
/// instrumented, never matches.
#[inline(always)]
pub(crate) fn at_resume_pop(quick: &[std::cell::Cell<u64>], ip: usize) -> bool {
    match (quick.get(ip), quick.get(ip + 1)) {
        (Some(a), Some(b)) => a.get() as u8 == op::RESUME && b.get() as u8 == op::POP_TOP,
        _ => false,
    }
}

/// Skips, for a generator frame resumed with None sent in, the RESUME and the POP_TOP that
/// follow the YIELD_VALUE of a `yield` statement: the frame goes on at the next statement, and
/// nothing is pushed. Returns whether the two were skipped.
#[inline(always)]
fn skip_resume_pop(f: &mut Frame) -> bool {
    if at_resume_pop(&f.code.quick, f.ip) {
        f.ip += 2;
        true
    } else {
        false
    }
}

thread_local! {
    /// The generator that `next_summing` runs (its address, 0 for none) and the running total
    /// its yields add to; saved and restored around a nested sum.
    static SUMMING: std::cell::Cell<(usize, i64)> = const { std::cell::Cell::new((0, 0)) };
}

/// The next item of `it` for `sum()`, whose running total of ints is `total`. An exact
/// generator runs without suspending at the yields of ints that keep the total in a machine
/// word: the YIELD_VALUE adds them to `total` (see `absorb_yield`) and the frame goes on as if
/// resumed with None, as no Python code would run between those items. The first other value
/// is returned (None once exhausted), the generator suspended there as usual.
pub fn next_summing(vm: &Vm, it: &Value, total: &mut i64) -> PyResult<Option<Value>> {
    let g = match it.downcast::<GeneratorData>() {
        Some(g)
            if matches!(g.state.get(), GenState::Suspended | GenState::Created)
                && std::ptr::eq(it.class(), vm.types.generator)
                && !crate::legacy_tracing::enabled() =>
        {
            g
        }
        _ => return vm.next(it),
    };
    let key = g as *const Obj<GeneratorData> as usize;
    let outer = SUMMING.replace((key, *total));
    let r = resume(vm, g, it, vm.none.clone(), None, Kind::Generator, false);
    let (_, t) = SUMMING.replace(outer);
    *total = t;
    match r {
        Ok(SendResult::Yield(v)) => Ok(Some(v)),
        Ok(SendResult::Return(_)) => Ok(None),
        Err(e) if e.class().is_subtype(vm.types.exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// At the YIELD_VALUE of the generator frame `f` that started this run of the loop: when the
/// generator is run by `next_summing` and `v` is a small int that keeps its total in a machine
/// word, adds it (None: the frame goes on); otherwise `v` back, to be yielded.
#[inline]
pub fn absorb_yield(f: &Frame, v: Value) -> Option<Value> {
    let Some(i) = v.as_small_int() else {
        return Some(v);
    };
    let Some(gen) = &f.generator else {
        return Some(v);
    };
    let Some(g) = gen.downcast::<GeneratorData>() else {
        return Some(v);
    };
    let (key, total) = SUMMING.get();
    if key != g as *const Obj<GeneratorData> as usize || crate::legacy_tracing::enabled() {
        return Some(v);
    }
    match total.checked_add(i) {
        Some(t) => {
            SUMMING.set((key, t));
            None
        }
        None => Some(v),
    }
}

/// Suspends the generator frame `f` that `enter_inline` resumed, at a `yield`: its state moves
/// back into its generator, with the exception it was handling.
pub fn suspend_inline(vm: &Vm, mut f: Frame) {
    let exc_state = vm.thread.exc_stack.borrow_mut().pop().flatten();
    let Some(gen) = f.generator.take() else {
        return;
    };
    let Some(g) = gen.downcast::<GeneratorData>() else {
        return;
    };
    g.exc_state.set(exc_state);
    if let Some(fo) = f.frame_obj.take() {
        let old = g.frame_obj.replace(Some(fo));
        drop(old);
    }
    f.inline_exit = None;
    *g.frame.borrow_mut() = Some(f);
    g.state.set(GenState::Suspended);
}

/// Marks the generator whose frame `enter_inline` resumed as finished (its frame returned or
/// raised), and restores the exception stack.
pub fn finish_inline(vm: &Vm, gen: &Value) {
    if let Some(g) = gen.downcast::<GeneratorData>() {
        g.state.set(GenState::Completed);
    }
    let exc_state = vm.thread.exc_stack.borrow_mut().pop().flatten();
    drop(exc_state);
}

fn completed(vm: &Vm, k: Kind, exc: Option<PyErr>, closing: bool) -> PyResult<SendResult> {
    if k == Kind::Coroutine && !closing {
        return Err(vm.new_runtime_error("cannot reuse already awaited coroutine"));
    }
    match exc {
        Some(e) => Err(e),
        None => Ok(SendResult::Return(vm.none.clone())),
    }
}

/// Turns the outcome of a resumption into what `send()`/`throw()` return: the yielded value,
/// or StopIteration carrying the return value (StopAsyncIteration for async generators).
/// CPython: genobject.c gen_send_ex.
fn to_value(vm: &Vm, gen: &Value, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => {
            if kind(vm, gen) == Kind::AsyncGenerator {
                Err(vm.new_exception(vm.types.exc.stop_async_iteration, vec![]))
            } else if vm.is_none(&v) {
                Err(vm.new_stop_iteration(None))
            } else {
                Err(vm.new_stop_iteration(Some(v)))
            }
        }
    }
}

/// `gen.send(value)`.
pub fn gen_send(vm: &Vm, gen: &Value, v: Value) -> PyResult<Value> {
    let r = send_ex(vm, gen, v, None, false)?;
    to_value(vm, gen, r)
}

/// `next(gen)` for iteration: Ok(None) when it returns (the return value is dropped, as
/// FOR_ITER does).
pub fn gen_next(vm: &Vm, gen: &Value) -> PyResult<Option<Value>> {
    // The common case, a suspended exact generator, resumed without the checks of `send_ex`.
    if let Some(g) = gen.downcast::<GeneratorData>() {
        if g.state.get() == GenState::Suspended && std::ptr::eq(gen.class(), vm.types.generator) {
            return match resume(vm, g, gen, vm.none.clone(), None, Kind::Generator, false) {
                Ok(SendResult::Yield(v)) => Ok(Some(v)),
                Ok(SendResult::Return(_)) => Ok(None),
                Err(e) if e.class().is_subtype(vm.types.exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            };
        }
    }
    match gen_next_value(vm, gen) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.class().is_subtype(vm.types.exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `gen.__next__()`: StopIteration carries the return value. CPython: genobject.c
/// gen_iternext.
pub fn gen_next_value(vm: &Vm, gen: &Value) -> PyResult<Value> {
    if kind(vm, gen) != Kind::Generator {
        return Err(vm.new_type_error(format!(
            "'{}' object is not an iterator",
            gen.class().name()
        )));
    }
    match send_ex(vm, gen, vm.none.clone(), None, false)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => {
            if vm.is_none(&v) {
                Err(vm.new_stop_iteration(None))
            } else {
                Err(vm.new_stop_iteration(Some(v)))
            }
        }
    }
}

/// The sub-iterator a suspended `yield from`/`await` delegates to. CPython: `_PyGen_yf`.
pub fn yf(g: &GeneratorData) -> Option<Value> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let fr = g.frame.borrow();
    let s = fr.as_ref()?;
    let code = &g.code.code.code;
    let at = s.ip * 2;
    if at + 1 < code.len()
        && code[at] == Opcode::RESUME as u8
        && code[at + 1] >= 2
        && s.sp > 0
        && s.sp <= s.region.len()
    {
        return s.region.get(s.sp - 1).cloned();
    }
    None
}

fn is_exact_gen_or_coro(vm: &Vm, v: &Value) -> bool {
    let c = v.class();
    std::ptr::eq(c, vm.types.generator) || std::ptr::eq(c, vm.types.coroutine)
}

/// Whether an exception class or instance `typ` matches `base`.
/// CPython: errors.c PyErr_GivenExceptionMatches.
fn given_matches(vm: &Vm, typ: &Value, base: &Obj<crate::typeobject::TypeData>) -> bool {
    if let Some(t) = typ.downcast::<crate::typeobject::TypeData>() {
        return t.is_subtype(base);
    }
    if let Some(t) = typ.downcast::<crate::objects::tuple::TupleData>() {
        return t.items().iter().any(|x| given_matches(vm, x, base));
    }
    typ.downcast::<ExceptionData>().is_some() && typ.class().is_subtype(base)
}

/// The exception `throw(typ, val, tb)` raises. CPython: genobject.c `_gen_throw` (throw_here).
fn make_throw_exc(
    vm: &Vm,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<PyErr> {
    let tb = tb.filter(|t| !vm.is_none(t));
    if let Some(t) = tb {
        if t.downcast::<crate::objects::frameobject::TracebackData>()
            .is_none()
        {
            return Err(vm.new_type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = if let Some(t) = typ.downcast::<crate::typeobject::TypeData>() {
        if !t.is_subtype(vm.types.exc.base_exception) {
            return Err(vm.new_type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                typ.class().name()
            )));
        }
        // CPython: errors.c _PyErr_NormalizeException. When making the instance fails, that
        // error is what the generator receives (it is raised inside it, not by `throw`).
        let inst = match val {
            Some(v) if v.class().is_subtype(t) => Ok(v.clone()),
            Some(v) if vm.is_none(v) => vm.call(typ, &[], &[]),
            Some(v) => match v.downcast::<crate::objects::tuple::TupleData>() {
                Some(tu) => {
                    let items = tu.items().to_vec();
                    vm.call(typ, &items, &[])
                }
                None => vm.call(typ, std::slice::from_ref(v), &[]),
            },
            None => vm.call(typ, &[], &[]),
        };
        match inst.map(|i| i.try_into_ref::<ExceptionData>()) {
            Ok(Ok(e)) => e,
            Ok(Err(v)) => vm.new_type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr(typ).unwrap_or_default(),
                v.class().name()
            )),
            Err(e) => e,
        }
    } else if typ.downcast::<ExceptionData>().is_some() {
        if val.is_some_and(|v| !vm.is_none(v)) {
            return Err(vm.new_type_error("instance exception may not have a separate value"));
        }
        match typ.clone().try_into_ref::<ExceptionData>() {
            Ok(e) => e,
            Err(_) => return Err(vm.new_type_error("not an exception")),
        }
    } else {
        return Err(vm.new_type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.class().name()
        )));
    };
    if let Some(t) = tb {
        let old = exc.traceback.replace(Some(t.clone()));
        drop(old);
    }
    Ok(exc)
}

/// `throw` into `gen`, delegating to its sub-iterator first. CPython: genobject.c _gen_throw.
fn gen_throw_inner(
    vm: &Vm,
    gen: &Value,
    close_on_genexit: bool,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<SendResult> {
    let g = gen_of(vm, gen)?;
    if let Some(sub) = yf(g) {
        if close_on_genexit && given_matches(vm, typ, vm.types.exc.generator_exit) {
            let state = g.state.get();
            g.state.set(GenState::Running);
            let r = gen_close_iter(vm, &sub);
            g.state.set(state);
            if let Err(e) = r {
                return send_ex(vm, gen, vm.none.clone(), Some(e), false);
            }
        } else {
            let ret: PyResult<Value> = if is_exact_gen_or_coro(vm, &sub) {
                let state = g.state.get();
                g.state.set(GenState::Running);
                // The throw goes straight to the sub-generator; this generator's frame is
                // published meanwhile, as the caller of its frame (CPython links
                // `frame->previous` here), for sys._getframe and tracebacks.
                let throw = || {
                    gen_throw_inner(vm, &sub, close_on_genexit, typ, val, tb)
                        .and_then(|r| to_value(vm, &sub, r))
                };
                let r = match &*g.frame.borrow() {
                    Some(outer) => vm.thread.outer_runs.publish(outer, &[], throw),
                    None => throw(),
                };
                g.state.set(state);
                r
            } else {
                let meth = match vm.getattr(&sub, &vm.names.throw) {
                    Ok(m) => Some(m),
                    Err(e) if e.class().is_subtype(vm.types.exc.attribute_error) => None,
                    Err(e) => return Err(e),
                };
                match meth {
                    None => {
                        let e = make_throw_exc(vm, typ, val, tb)?;
                        return send_ex(vm, gen, vm.none.clone(), Some(e), false);
                    }
                    Some(m) => {
                        let mut args = vec![typ.clone()];
                        if let Some(v) = val {
                            args.push(v.clone());
                            if let Some(t) = tb {
                                args.push(t.clone());
                            }
                        }
                        let state = g.state.get();
                        g.state.set(GenState::Running);
                        let r = vm.call(&m, &args, &[]);
                        g.state.set(state);
                        r
                    }
                }
            };
            return match ret {
                Ok(v) => Ok(SendResult::Yield(v)),
                Err(e) => send_ex(vm, gen, vm.none.clone(), Some(e), false),
            };
        }
    }
    let e = make_throw_exc(vm, typ, val, tb)?;
    send_ex(vm, gen, vm.none.clone(), Some(e), false)
}

/// `gen.throw(typ[, val[, tb]])` (`args` without self). CPython: genobject.c gen_throw.
pub fn gen_throw_method(vm: &Vm, gen: &Value, args: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        crate::impmodule::warn(
            vm,
            vm.types.exc.deprecation_warning,
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
            1,
        )?;
    }
    let r = gen_throw_inner(vm, gen, true, &args[0], args.get(1), args.get(2))?;
    to_value(vm, gen, r)
}

/// Closes a sub-iterator of `yield from`. CPython: genobject.c gen_close_iter.
fn gen_close_iter(vm: &Vm, sub: &Value) -> PyResult<()> {
    if is_exact_gen_or_coro(vm, sub) {
        return gen_close(vm, sub);
    }
    let meth = match vm.getattr(sub, &vm.names.close) {
        Ok(m) => Some(m),
        Err(e) if e.class().is_subtype(vm.types.exc.attribute_error) => None,
        Err(e) => {
            crate::pythonrun::write_unraisable(vm, &e, Some(sub));
            None
        }
    };
    if let Some(m) = meth {
        vm.call(&m, &[], &[])?;
    }
    Ok(())
}

/// `gen.close()`. CPython: genobject.c gen_close.
pub fn gen_close(vm: &Vm, gen: &Value) -> PyResult<()> {
    let g = gen_of(vm, gen)?;
    match g.state.get() {
        GenState::Created => {
            g.state.set(GenState::Completed);
            let old = g.frame.borrow_mut().take();
            drop(old);
            return Ok(());
        }
        GenState::Completed => return Ok(()),
        _ => {}
    }
    let mut err = None;
    if let Some(sub) = yf(g) {
        let state = g.state.get();
        g.state.set(GenState::Running);
        if let Err(e) = gen_close_iter(vm, &sub) {
            err = Some(e);
        }
        g.state.set(state);
    }
    let exc = err.unwrap_or_else(|| vm.new_exception(vm.types.exc.generator_exit, vec![]));
    match send_ex(vm, gen, vm.none.clone(), Some(exc), true) {
        Ok(SendResult::Yield(_)) => Err(vm.new_runtime_error(format!(
            "{} ignored GeneratorExit",
            kind_name(kind(vm, gen))
        ))),
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e)
            if e.class().is_subtype(vm.types.exc.stop_iteration)
                || e.class().is_subtype(vm.types.exc.generator_exit) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Runs when a generator object is freed: closes it if it is suspended, so that its `finally`
/// blocks run. CPython: genobject.c _PyGen_Finalize.
pub fn finalize(vm: &Vm, gen: &Value) {
    let Some(g) = gen.downcast::<GeneratorData>() else {
        return;
    };
    if g.state.get() != GenState::Suspended {
        return;
    }
    if kind(vm, gen) == Kind::AsyncGenerator && !g.closed.get() {
        let hook = g.finalizer.borrow().clone();
        if let Some(h) = hook {
            if let Err(e) = vm.call(&h, std::slice::from_ref(gen), &[]) {
                crate::pythonrun::write_unraisable(vm, &e, Some(gen));
            }
            return;
        }
    }
    if let Err(e) = gen_close(vm, gen) {
        crate::pythonrun::write_unraisable(vm, &e, Some(gen));
    }
}

/// `CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR`: the exception leaving a generator's
/// body, with a StopIteration (or an async generator's StopAsyncIteration) replaced by a
/// RuntimeError whose cause it is (PEP 479). CPython: Python/intrinsics.c stopiteration_error.
pub fn stopiteration_intrinsic(vm: &Vm, flags: u32, exc: Value) -> Value {
    use ouro_bytecode::code::{CO_ASYNC_GENERATOR, CO_COROUTINE};
    let c = exc.class();
    let msg = if exc.downcast::<ExceptionData>().is_none() {
        None
    } else if c.is_subtype(vm.types.exc.stop_iteration) {
        Some(if flags & CO_ASYNC_GENERATOR != 0 {
            "async generator raised StopIteration"
        } else if flags & CO_COROUTINE != 0 {
            "coroutine raised StopIteration"
        } else {
            "generator raised StopIteration"
        })
    } else if flags & CO_ASYNC_GENERATOR != 0 && c.is_subtype(vm.types.exc.stop_async_iteration) {
        Some("async generator raised StopAsyncIteration")
    } else {
        None
    };
    match msg {
        Some(m) => {
            let e = vm.new_runtime_error(m);
            *e.cause.borrow_mut() = Some(exc.clone());
            *e.context.borrow_mut() = Some(exc);
            e.suppress_context.set(true);
            e.into_value()
        }
        None => exc,
    }
}

/// `CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP`: marks a value an async generator yields.
pub fn async_gen_wrap(_vm: &Vm, v: Value) -> Value {
    alloc_object(gen_types().wrapped, WrappedValueData { value: v }).into_value()
}

// ----- coroutines and awaitables -----

fn is_coroutine_like(vm: &Vm, v: &Value) -> bool {
    if std::ptr::eq(v.class(), vm.types.coroutine) {
        return true;
    }
    // A generator decorated with `types.coroutine` (CO_ITERABLE_COROUTINE).
    std::ptr::eq(v.class(), vm.types.generator)
        && v.downcast::<GeneratorData>()
            .is_some_and(|g| g.code.code.flags & 0x100 != 0)
}

fn is_iterator(vm: &Vm, v: &Value) -> bool {
    v.class().lookup(&vm.names.__next__).is_some()
        || (v.downcast::<GeneratorData>().is_none()
            && crate::builtins::native_next_kind(vm, v).is_some())
}

/// The iterator `await v` delegates to. CPython: genobject.c _PyCoro_GetAwaitableIter.
fn get_awaitable_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if is_coroutine_like(vm, v) {
        return Ok(v.clone());
    }
    let Some(getter) = v.class().lookup(&vm.names.__await__) else {
        return Err(vm.new_type_error(format!(
            "object {} can't be used in 'await' expression",
            v.class().name()
        )));
    };
    let res = vm.call(&getter, std::slice::from_ref(v), &[])?;
    if is_coroutine_like(vm, &res) {
        return Err(vm.new_type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(vm, &res) {
        return Err(vm.new_type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            res.class().name()
        )));
    }
    Ok(res)
}

/// `GET_AWAITABLE`: oparg 1 and 2 say the object came from `__aenter__`/`__aexit__`.
pub fn get_awaitable(vm: &Vm, v: Value, oparg: u32) -> PyResult<Value> {
    let it = match get_awaitable_iter(vm, &v) {
        Ok(it) => it,
        Err(e) => {
            if v.class().lookup(&vm.names.__await__).is_none() && (oparg == 1 || oparg == 2) {
                let which = if oparg == 1 {
                    "__aenter__"
                } else {
                    "__aexit__"
                };
                return Err(vm.new_type_error(format!(
                    "'async with' received an object from {which} that does not implement __await__: {}",
                    v.class().name()
                )));
            }
            return Err(e);
        }
    };
    if std::ptr::eq(it.class(), vm.types.coroutine) {
        if let Some(g) = it.downcast::<GeneratorData>() {
            if yf(g).is_some() {
                return Err(vm.new_runtime_error("coroutine is being awaited already"));
            }
        }
    }
    Ok(it)
}

/// `GET_AITER`.
pub fn get_aiter(vm: &Vm, obj: &Value) -> PyResult<Value> {
    let Some(getter) = obj.class().lookup(&vm.names.__aiter__) else {
        return Err(vm.new_type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            obj.class().name()
        )));
    };
    let it = vm.call(&getter, std::slice::from_ref(obj), &[])?;
    if it.class().lookup(&vm.names.__anext__).is_none() {
        return Err(vm.new_type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.class().name()
        )));
    }
    Ok(it)
}

/// `GET_ANEXT`.
pub fn get_anext(vm: &Vm, aiter: &Value) -> PyResult<Value> {
    if std::ptr::eq(aiter.class(), vm.types.async_generator) {
        return async_gen_anext(vm, aiter);
    }
    let Some(getter) = aiter.class().lookup(&vm.names.__anext__) else {
        return Err(vm.new_type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.class().name()
        )));
    };
    let next = vm.call(&getter, std::slice::from_ref(aiter), &[])?;
    match get_awaitable_iter(vm, &next) {
        Ok(a) => Ok(a),
        Err(cause) => {
            let e = vm.new_type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                next.class().name()
            ));
            *e.cause.borrow_mut() = Some(cause.to_value());
            *e.context.borrow_mut() = Some(cause.into_value());
            e.suppress_context.set(true);
            Err(e)
        }
    }
}

/// `BEFORE_ASYNC_WITH`: returns the bound `__aexit__` and the result of `__aenter__()`.
pub fn before_async_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let t = mgr.class();
    let Some(enter) = t.lookup(&vm.names.__aenter__) else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            t.name()
        )));
    };
    let Some(exit) = t.lookup(&vm.names.__aexit__) else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            t.name()
        )));
    };
    let exit = crate::ops::descr_get(vm, exit, Some(mgr), t)?;
    let enter = crate::ops::descr_get(vm, enter, Some(mgr), t)?;
    let res = vm.call(&enter, &[], &[])?;
    Ok((exit, res))
}

/// `SEND`: delegate to a sub-iterator. CPython: bytecodes.c SEND.
pub fn send(vm: &Vm, receiver: &Value, value: Value) -> PyResult<SendResult> {
    let r = if is_exact_gen_or_coro(vm, receiver) {
        match send_ex(vm, receiver, value, None, false) {
            Ok(r) => return Ok(r),
            Err(e) => Err(e),
        }
    } else if let (true, Some(next)) = (
        vm.is_none(&value),
        receiver.class().lookup(&vm.names.__next__),
    ) {
        // Called directly: the StopIteration's value is the result.
        vm.call(&next, std::slice::from_ref(receiver), &[])
    } else if vm.is_none(&value) && is_iterator(vm, receiver) {
        match vm.next(receiver) {
            Ok(Some(v)) => return Ok(SendResult::Yield(v)),
            Ok(None) => return Ok(SendResult::Return(vm.none.clone())),
            Err(e) => Err(e),
        }
    } else {
        vm.call_method(receiver, &vm.names.send, &[value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yield(v)),
        Err(e) if e.class().is_subtype(vm.types.exc.stop_iteration) => {
            let v = vm.getattr(e.as_value(), &vm.names.value)?;
            Ok(SendResult::Return(v))
        }
        Err(e) => Err(e),
    }
}

// ----- async generators -----

/// `agen.__anext__()`.
pub fn async_gen_anext(vm: &Vm, gen: &Value) -> PyResult<Value> {
    async_gen_asend(vm, gen, vm.none.clone())
}

/// `agen.asend(v)`.
pub fn async_gen_asend(vm: &Vm, gen: &Value, v: Value) -> PyResult<Value> {
    async_gen_init_hooks(vm, gen)?;
    Ok(alloc_object(
        gen_types().asend,
        AsendData {
            gen: gen.clone(),
            sendval: std::cell::RefCell::new(Some(v)),
            state: std::cell::Cell::new(AwaitableState::Init),
        },
    )
    .into_value())
}

/// `agen.athrow(...)` (`args` given) and `agen.aclose()` (`args` None).
pub fn async_gen_athrow(vm: &Vm, gen: &Value, args: Option<Vec<Value>>) -> PyResult<Value> {
    if args.as_ref().is_some_and(|a| a.len() > 1) {
        crate::impmodule::warn(
            vm,
            vm.types.exc.deprecation_warning,
            "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
            1,
        )?;
    }
    async_gen_init_hooks(vm, gen)?;
    Ok(alloc_object(
        gen_types().athrow,
        AthrowData {
            gen: gen.clone(),
            args,
            state: std::cell::Cell::new(AwaitableState::Init),
        },
    )
    .into_value())
}

/// What an async generator's resumption means to the awaitable driving it: a wrapped value
/// is the generator's own `yield` (the await completes with StopIteration(value)); anything
/// else passes up from an `await` inside. CPython: genobject.c async_gen_unwrap_value.
fn unwrap_value(vm: &Vm, g: &GeneratorData, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) => {
            if e.class().is_subtype(vm.types.exc.stop_async_iteration)
                || e.class().is_subtype(vm.types.exc.generator_exit)
            {
                g.closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
        Ok(v) => match v.downcast::<WrappedValueData>() {
            Some(w) => {
                let inner = w.value.clone();
                g.running_async.set(false);
                Err(vm.new_stop_iteration(Some(inner)))
            }
            None => Ok(v),
        },
    }
}

fn is_wrapped(v: &Value) -> bool {
    v.downcast::<WrappedValueData>().is_some()
}

/// `send` of the awaitables (`asend`, `athrow`, `coroutine_wrapper`).
pub fn awaitable_send(vm: &Vm, obj: &Value, arg: Value) -> PyResult<Value> {
    if let Some(o) = obj.downcast::<AsendData>() {
        return asend_send(vm, o, arg);
    }
    if let Some(o) = obj.downcast::<AthrowData>() {
        return athrow_send(vm, o, arg);
    }
    if let Some(o) = obj.downcast::<CoroWrapperData>() {
        return gen_send(vm, &o.coro, arg);
    }
    if let Some(o) = obj.downcast::<AnextAwaitableData>() {
        return anext_proxy(vm, o, |it| {
            if vm.is_none(&arg) {
                if let Some(n) = it.class().lookup(&vm.names.__next__) {
                    return vm.call(&n, std::slice::from_ref(it), &[]);
                }
            }
            vm.call_method(it, &vm.names.send, std::slice::from_ref(&arg))
        });
    }
    Err(vm.new_type_error("not an awaitable"))
}

/// CPython: genobject.c async_gen_asend_send.
fn asend_send(vm: &Vm, o: &AsendData, arg: Value) -> PyResult<Value> {
    let g = gen_of(vm, &o.gen)?;
    let mut arg = arg;
    match o.state.get() {
        AwaitableState::Closed => {
            return Err(vm.new_runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        AwaitableState::Init => {
            if g.running_async.get() {
                return Err(
                    vm.new_runtime_error("anext(): asynchronous generator is already running")
                );
            }
            if vm.is_none(&arg) {
                if let Some(v) = o.sendval.borrow().clone() {
                    arg = v;
                }
            }
            o.state.set(AwaitableState::Iter);
        }
        AwaitableState::Iter => {}
    }
    g.running_async.set(true);
    let r = send_ex(vm, &o.gen, arg, None, false).and_then(|r| to_value(vm, &o.gen, r));
    let r = unwrap_value(vm, g, r);
    if r.is_err() {
        o.state.set(AwaitableState::Closed);
    }
    r
}

/// CPython: genobject.c async_gen_athrow_send.
fn athrow_send(vm: &Vm, o: &AthrowData, arg: Value) -> PyResult<Value> {
    let g = gen_of(vm, &o.gen)?;
    if o.state.get() == AwaitableState::Closed {
        return Err(vm.new_runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.state.get() == GenState::Completed {
        o.state.set(AwaitableState::Closed);
        return Err(vm.new_stop_iteration(None));
    }
    let r: PyResult<Value> = if o.state.get() == AwaitableState::Init {
        if g.running_async.get() {
            o.state.set(AwaitableState::Closed);
            let which = if o.args.is_none() { "aclose" } else { "athrow" };
            return Err(vm.new_runtime_error(format!(
                "{which}(): asynchronous generator is already running"
            )));
        }
        if g.closed.get() {
            o.state.set(AwaitableState::Closed);
            return Err(vm.new_exception(vm.types.exc.stop_async_iteration, vec![]));
        }
        if !vm.is_none(&arg) {
            return Err(
                vm.new_runtime_error("can't send non-None value to a just-started coroutine")
            );
        }
        o.state.set(AwaitableState::Iter);
        g.running_async.set(true);
        match &o.args {
            None => {
                g.closed.set(true);
                let ge = vm.types.exc.generator_exit.to_value();
                let r = gen_throw_inner(vm, &o.gen, false, &ge, None, None)
                    .and_then(|r| to_value(vm, &o.gen, r));
                match r {
                    Ok(v) if is_wrapped(&v) => return yield_close(vm, o, g),
                    r => r,
                }
            }
            Some(a) => {
                let r = gen_throw_inner(vm, &o.gen, false, &a[0], a.get(1), a.get(2))
                    .and_then(|r| to_value(vm, &o.gen, r));
                unwrap_value(vm, g, r)
            }
        }
    } else {
        let r = send_ex(vm, &o.gen, arg, None, false).and_then(|r| to_value(vm, &o.gen, r));
        if o.args.is_some() {
            return unwrap_value(vm, g, r);
        }
        match r {
            Ok(v) if is_wrapped(&v) => return yield_close(vm, o, g),
            r => r,
        }
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => Err(athrow_check_error(vm, o, g, e)),
    }
}

fn yield_close(vm: &Vm, o: &AthrowData, g: &GeneratorData) -> PyResult<Value> {
    g.running_async.set(false);
    o.state.set(AwaitableState::Closed);
    Err(vm.new_runtime_error("async generator ignored GeneratorExit"))
}

fn athrow_check_error(vm: &Vm, o: &AthrowData, g: &GeneratorData, e: PyErr) -> PyErr {
    g.running_async.set(false);
    o.state.set(AwaitableState::Closed);
    if o.args.is_none()
        && (e.class().is_subtype(vm.types.exc.stop_async_iteration)
            || e.class().is_subtype(vm.types.exc.generator_exit))
    {
        return vm.new_stop_iteration(None);
    }
    e
}

/// `throw` of the awaitables.
pub fn awaitable_throw(vm: &Vm, obj: &Value, args: &[Value]) -> PyResult<Value> {
    if let Some(o) = obj.downcast::<AsendData>() {
        // CPython: genobject.c async_gen_asend_throw.
        if o.state.get() == AwaitableState::Closed {
            return Err(vm.new_runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let g = gen_of(vm, &o.gen)?;
        let r = gen_throw_method(vm, &o.gen, args);
        let r = unwrap_value(vm, g, r);
        if r.is_err() {
            o.state.set(AwaitableState::Closed);
        }
        return r;
    }
    if let Some(o) = obj.downcast::<AthrowData>() {
        // CPython: genobject.c async_gen_athrow_throw.
        if o.state.get() == AwaitableState::Closed {
            return Err(vm.new_runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        let g = gen_of(vm, &o.gen)?;
        let r = gen_throw_method(vm, &o.gen, args);
        if o.args.is_some() {
            return unwrap_value(vm, g, r);
        }
        return match r {
            Ok(v) if is_wrapped(&v) => yield_close(vm, o, g),
            Ok(v) => Ok(v),
            Err(e)
                if e.class().is_subtype(vm.types.exc.stop_async_iteration)
                    || e.class().is_subtype(vm.types.exc.generator_exit) =>
            {
                Err(vm.new_stop_iteration(None))
            }
            Err(e) => Err(e),
        };
    }
    if let Some(o) = obj.downcast::<CoroWrapperData>() {
        return gen_throw_method(vm, &o.coro, args);
    }
    if let Some(o) = obj.downcast::<AnextAwaitableData>() {
        return anext_proxy(vm, o, |it| vm.call_method(it, &vm.names.throw, args));
    }
    Err(vm.new_type_error("not an awaitable"))
}

/// `close` of the awaitables.
pub fn awaitable_close(vm: &Vm, obj: &Value) -> PyResult<()> {
    if let Some(o) = obj.downcast::<AsendData>() {
        o.state.set(AwaitableState::Closed);
        return Ok(());
    }
    if let Some(o) = obj.downcast::<AthrowData>() {
        o.state.set(AwaitableState::Closed);
        return Ok(());
    }
    if let Some(o) = obj.downcast::<CoroWrapperData>() {
        return gen_close(vm, &o.coro);
    }
    if let Some(o) = obj.downcast::<AnextAwaitableData>() {
        return anext_proxy(vm, o, |it| vm.call_method(it, &vm.names.close, &[])).map(|_| ());
    }
    Err(vm.new_type_error("not an awaitable"))
}

/// `gi_frame`/`cr_frame`/`ag_frame`: the frame object while the generator has not finished.
pub fn gen_frame_object(vm: &Vm, gen: &Value) -> Option<Value> {
    let g = gen.downcast::<GeneratorData>()?;
    if g.state.get() == GenState::Completed {
        return None;
    }
    let (ip, globals, builtins) = {
        let fr = g.frame.borrow();
        match fr.as_ref() {
            Some(s) => (s.ip, s.globals.clone(), s.builtins.clone()),
            None => {
                // Running: the frame is on the data stack; its position is not known here.
                let existing = g.frame_obj.borrow().clone();
                if existing.is_some() {
                    return existing;
                }
                let f = new_frame_object(
                    vm,
                    g,
                    g.globals.clone(),
                    g.builtins.clone(),
                    0,
                    g.code.code.firstlineno as i32,
                    true,
                );
                *g.frame_obj.borrow_mut() = Some(f.clone());
                return Some(f);
            }
        }
    };
    let lasti = ip.saturating_sub(1);
    let lineno = if g.state.get() == GenState::Created {
        g.code.code.firstlineno as i32
    } else {
        crate::ceval::line_for(&g.code, lasti)
    };
    let existing = g.frame_obj.borrow().clone();
    let f = match existing {
        Some(f) => f,
        None => {
            let f = new_frame_object(vm, g, globals, builtins, lasti, lineno, false);
            *g.frame_obj.borrow_mut() = Some(f.clone());
            f
        }
    };
    if let Some(fo) = f.downcast::<crate::objects::frameobject::FrameObjectData>() {
        fo.lasti.set(lasti as i32);
        fo.lineno.set(lineno);
        // The suspended frame's fast locals, for `f_locals`.
        let d = match fo
            .locals
            .borrow()
            .clone()
            .and_then(|e| e.downcast_ref::<DictData>())
        {
            Some(d) => d,
            None => vm.new_dict(),
        };
        let slots: Vec<Option<Value>> = match g.frame.borrow().as_ref() {
            Some(s) => (0..s.region.len())
                .map(|i| s.region.get(i).cloned())
                .collect(),
            None => Vec::new(),
        };
        crate::bltin_frame::fill_fast_locals(vm, &g.code, |i| slots.get(i).cloned().flatten(), &d);
        let old = fo.locals.replace(Some(d.into_value()));
        drop(old);
    }
    Some(f)
}

// ----- aiter() and anext() -----

/// `aiter(obj)`. CPython: bltinmodule.c builtin_aiter, abstract.c PyObject_GetAIter.
pub fn builtin_aiter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("aiter() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let obj = &args[0];
    let Some(getter) = obj.class().lookup(&vm.names.__aiter__) else {
        return Err(vm.new_type_error(format!(
            "'{}' object is not an async iterable",
            obj.class().name()
        )));
    };
    let it = vm.call(&getter, std::slice::from_ref(obj), &[])?;
    if it.class().lookup(&vm.names.__anext__).is_none() {
        return Err(vm.new_type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.class().name()
        )));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`. CPython: bltinmodule.c builtin_anext.
pub fn builtin_anext(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("anext() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "anext expected {} argument{}, got {}",
            if args.is_empty() {
                "at least 1"
            } else {
                "at most 2"
            },
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    let it = &args[0];
    let Some(getter) = it.class().lookup(&vm.names.__anext__) else {
        return Err(vm.new_type_error(format!(
            "'{}' object is not an async iterator",
            it.class().name()
        )));
    };
    let awaitable = vm.call(&getter, std::slice::from_ref(it), &[])?;
    match args.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(alloc_object(
            gen_types().anext_awaitable,
            AnextAwaitableData {
                wrapped: awaitable,
                default: d.clone(),
            },
        )
        .into_value()),
    }
}

/// Calls `op` on the iterator of the wrapped awaitable, turning StopAsyncIteration into
/// StopIteration(default). CPython: iterobject.c anextawaitable_proxy.
fn anext_proxy(
    vm: &Vm,
    o: &AnextAwaitableData,
    op: impl FnOnce(&Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let mut it = get_awaitable_iter(vm, &o.wrapped)?;
    if std::ptr::eq(it.class(), vm.types.coroutine) {
        it = alloc_object(gen_types().coro_wrapper, CoroWrapperData { coro: it }).into_value();
    }
    match op(&it) {
        Err(e) if e.class().is_subtype(vm.types.exc.stop_async_iteration) => {
            Err(vm.new_stop_iteration(Some(o.default.clone())))
        }
        r => r,
    }
}

fn new_frame_object(
    vm: &Vm,
    g: &GeneratorData,
    globals: crate::objects::dict::DictRef,
    builtins: crate::objects::dict::DictRef,
    lasti: usize,
    lineno: i32,
    live: bool,
) -> Value {
    alloc_object(
        vm.types.frame,
        crate::objects::frameobject::FrameObjectData {
            code: g.code.clone(),
            globals,
            builtins,
            locals: std::cell::RefCell::new(None),
            back: std::cell::RefCell::new(None),
            lasti: std::cell::Cell::new(lasti as i32),
            lineno: std::cell::Cell::new(lineno),
            live: std::cell::Cell::new(live),
            frame_id: std::cell::Cell::new(0),
            fast_locals: std::cell::RefCell::new(None),
            tracing: Default::default(),
        },
    )
    .into_value()
}

// ----- sys.set_asyncgen_hooks / sys.get_asyncgen_hooks -----

thread_local! {
    /// The `firstiter` and `finalizer` hooks of this thread.
    static ASYNCGEN_HOOKS: std::cell::RefCell<(Option<Value>, Option<Value>)> =
        const { std::cell::RefCell::new((None, None)) };
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    v.downcast::<FunctionData>().is_some()
        || v.downcast::<crate::objects::builtin::BuiltinFunctionData>()
            .is_some()
        || v.downcast::<crate::typeobject::TypeData>().is_some()
        || v.downcast::<crate::objects::function::BoundMethodData>()
            .is_some()
        || v.downcast::<crate::objects::builtin::MethodDescrData>()
            .is_some()
        || v.class().lookup(&vm.names.__call__).is_some()
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument left out keeps its
/// hook, None removes it. CPython: sysmodule.c sys_set_asyncgen_hooks.
pub fn sys_set_asyncgen_hooks(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut firstiter = args.first().filter(|_| npos >= 1).cloned();
    let mut finalizer = args.get(1).filter(|_| npos >= 2).cloned();
    for (i, name) in kw.iter().enumerate() {
        let n = name
            .downcast::<crate::objects::str::StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        let v = args[npos + i].clone();
        match n.as_str() {
            "firstiter" => firstiter = Some(v),
            "finalizer" => finalizer = Some(v),
            _ => {
                return Err(vm.new_type_error(format!(
                    "set_asyncgen_hooks() got an unexpected keyword argument '{n}'"
                )))
            }
        }
    }
    for (what, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v {
            if !vm.is_none(v) && !is_callable(vm, v) {
                return Err(vm.new_type_error(format!(
                    "callable {what} expected, got {}",
                    v.class().name()
                )));
            }
        }
    }
    let old = ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        let old = h.clone();
        if let Some(f) = finalizer {
            h.1 = if vm.is_none(&f) { None } else { Some(f) };
        }
        if let Some(f) = firstiter {
            h.0 = if vm.is_none(&f) { None } else { Some(f) };
        }
        old
    });
    drop(old);
    Ok(vm.none.clone())
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)` (a plain tuple; CPython's is a
/// struct sequence with those field names).
pub fn sys_get_asyncgen_hooks(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(vm.new_type_error("get_asyncgen_hooks() takes no arguments"));
    }
    let (a, b) = ASYNCGEN_HOOKS.with(|h| h.borrow().clone());
    Ok(vm.new_tuple(vec![
        a.unwrap_or_else(|| vm.none.clone()),
        b.unwrap_or_else(|| vm.none.clone()),
    ]))
}

/// Records the finalizer hook and calls the `firstiter` hook when an async generator is first
/// iterated. CPython: genobject.c async_gen_init_hooks.
fn async_gen_init_hooks(vm: &Vm, gen: &Value) -> PyResult<()> {
    let g = gen_of(vm, gen)?;
    if g.hooks_inited.get() {
        return Ok(());
    }
    g.hooks_inited.set(true);
    let (firstiter, finalizer) = ASYNCGEN_HOOKS.with(|h| h.borrow().clone());
    if let Some(f) = finalizer {
        let old = g.finalizer.replace(Some(f));
        drop(old);
    }
    if let Some(f) = firstiter {
        vm.call(&f, std::slice::from_ref(gen), &[])?;
    }
    Ok(())
}
