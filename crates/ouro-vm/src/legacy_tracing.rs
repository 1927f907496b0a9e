//! `sys.settrace` and `sys.setprofile`: the legacy trace and profile functions, delivered as
//! CPython 3.12 delivers them on top of its instrumentation. While a trace or profile
//! function is set, every code object's decoded stream (`CodeData::quick`) is instrumented:
//! the instructions that produce events (RESUME, the returns and yields, the starts of lines,
//! backward jumps, calls for the profiler, every instruction for opcode tracing) carry the
//! `INSTRUMENTED` opcode byte, the original opcode kept in the word's high bits; the loop's
//! handler for that byte (`instrumented`) reports the events and then runs the original
//! instruction. Exceptions and frames unwound by them are reported from the loop's error
//! path. With no function set the streams are plain, so tracing costs nothing when off.
//! CPython: Python/legacy_tracing.c, Python/instrumentation.c, Python/sysmodule.c
//! (`trace_trampoline`, `profile_trampoline`).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use ouro_bytecode::opcode::code_byte as op;
use ouro_bytecode::{CodeObject, Opcode};

use crate::ceval::Frame;
use crate::object::Value;
use crate::objects::frameobject::FrameObjectData;
use crate::vm::{PyErr, PyResult, Vm};

/// The opcode byte of an instrumented instruction (no CPython 3.12 instruction uses it; the
/// superinstructions of `objects/code.rs` use 200-203 and 210-218).
pub const INSTRUMENTED: u8 = 204;

/// Flags in bits 56-63 of an instrumented word: which events its handler reports.
const F_LINE: u64 = 1;
const F_OPCODE: u64 = 2;
const F_EVENT: u64 = 4;
const F_AFTER_CALL: u64 = 8;

/// What a frame object knows of tracing: `f_trace`, `f_trace_lines`, `f_trace_opcodes`,
/// and the line of the last line event (CPython compares with the previous instruction's).
pub struct FrameTrace {
    pub func: RefCell<Option<Value>>,
    pub lines: Cell<bool>,
    pub opcodes: Cell<bool>,
    pub last_line: Cell<i32>,
}

impl Default for FrameTrace {
    fn default() -> Self {
        FrameTrace {
            func: RefCell::new(None),
            lines: Cell::new(true),
            opcodes: Cell::new(false),
            last_line: Cell::new(-1),
        }
    }
}

type Stream = Rc<[Cell<u64>]>;
type WeakStream = Weak<[Cell<u64>]>;

/// A pending built-in call reported with 'c_call': its stream, the index after the CALL and
/// the callable.
struct CCall {
    stream: usize,
    call_at: usize,
    resume: usize,
    callable: Value,
}

#[derive(Default)]
struct State {
    trace: RefCell<Option<Value>>,
    profile: RefCell<Option<Value>>,
    /// Inside a trace or profile function: no events.
    busy: Cell<bool>,
    /// Whether the streams are instrumented (a function is set).
    on: Cell<bool>,
    /// Every code object's stream, to instrument them all when tracing starts.
    registry: RefCell<Vec<(Weak<CodeObject>, WeakStream)>>,
    pruned_at: Cell<usize>,
    /// The instruction whose marker was taken off to run it once: (stream, index, marker).
    disarmed: RefCell<Option<(WeakStream, usize, u64)>>,
    /// Whether a frame ever set `f_trace_opcodes`; the next `settrace` then instruments
    /// every instruction (CPython 3.12: `_PyEval_SetTrace` reads `f_opcode_trace_set`).
    opcode_seen: Cell<bool>,
    opcodes_on: Cell<bool>,
    ccalls: RefCell<Vec<CCall>>,
}

thread_local! {
    static STATE: State = State::default();
}

/// Whether a trace or profile function is set (the error path asks before reporting).
#[inline]
pub fn enabled() -> bool {
    STATE.with(|s| s.on.get())
}

fn stream_id(q: &[Cell<u64>]) -> usize {
    q.as_ptr() as usize
}

/// Records a new code object's stream; instruments it at once while tracing.
pub fn register(code: &Rc<CodeObject>, quick: &Stream) {
    STATE.with(|s| {
        let mut reg = s.registry.borrow_mut();
        if reg.len() >= 64 && reg.len() >= 2 * s.pruned_at.get() {
            reg.retain(|(_, q)| q.strong_count() > 0);
            s.pruned_at.set(reg.len());
        }
        reg.push((Rc::downgrade(code), Rc::downgrade(quick)));
        drop(reg);
        if s.on.get() {
            instrument(s, code, quick);
        }
    });
}

/// The line of each code unit (-1 for none).
fn unit_lines(code: &CodeObject) -> Vec<i32> {
    let units = (code.code.len() / 2) as u32;
    match ouro_bytecode::linetable::positions(&code.linetable, code.firstlineno as i32, units) {
        Ok(p) => p.iter().map(|p| p.0.unwrap_or(-1)).collect(),
        Err(_) => vec![-1; units as usize],
    }
}

/// The instructions of `co_code`: (first unit incl. EXTENDED_ARG prefixes, unit of the
/// opcode, opcode, whole argument, index after its caches).
fn instructions(code: &[u8]) -> Vec<(usize, usize, u8, u32, usize)> {
    let units = code.len() / 2;
    let mut out = Vec::new();
    let mut i = 0;
    while i < units {
        let start = i;
        let mut arg: u32 = 0;
        while i < units && code[i * 2] == op::EXTENDED_ARG {
            arg = (arg << 8) | code[i * 2 + 1] as u32;
            i += 1;
        }
        if i >= units {
            break;
        }
        let o = code[i * 2];
        arg = (arg << 8) | code[i * 2 + 1] as u32;
        let caches = Opcode::from_u16(o as u16).map_or(0, |x| x.cache_entries() as usize);
        out.push((start, i, o, arg, i + 1 + caches));
        i += 1 + caches;
    }
    out
}

/// Puts every instruction word of `quick` back to its plain (unfused, unmarked) opcode.
fn plain(code: &CodeObject, quick: &[Cell<u64>]) {
    for (start, at, o, _, _) in instructions(&code.code) {
        for u in start..at {
            if let Some(w) = quick.get(u) {
                w.set(w.get() & 0x0000_ffff_ffff_ff00 | op::EXTENDED_ARG as u64);
            }
        }
        if let Some(w) = quick.get(at) {
            w.set(w.get() & 0x0000_ffff_ffff_ff00 | o as u64);
        }
    }
}

/// Marks unit `u` of `quick` with `flags`.
fn mark(quick: &[Cell<u64>], u: usize, flags: u64) {
    if let Some(w) = quick.get(u) {
        let v = w.get();
        let (orig, old) = if v as u8 == INSTRUMENTED {
            ((v >> 48) & 0xff, v >> 56)
        } else {
            (v & 0xff, 0)
        };
        w.set(v & 0x0000_ffff_ffff_ff00 | INSTRUMENTED as u64 | orig << 48 | (old | flags) << 56);
    }
}

/// Instruments one stream for the functions set now (or restores it when none is).
fn instrument(s: &State, code: &CodeObject, quick: &[Cell<u64>]) {
    plain(code, quick);
    let tracing = s.trace.borrow().is_some();
    let profiling = s.profile.borrow().is_some();
    if !tracing && !profiling {
        crate::objects::code::fuse_pairs(quick, &code.consts);
        return;
    }
    let ins = instructions(&code.code);
    let lines = unit_lines(code);
    let line_of = |u: usize| lines.get(u).copied().unwrap_or(-1);
    let first = ins
        .iter()
        .position(|i| i.2 == op::RESUME)
        .unwrap_or(ins.len());
    let opcodes = tracing && s.opcodes_on.get();
    let mut starts: Vec<usize> = Vec::new();
    let mut current = -1;
    for (k, &(start, at, o, arg, next)) in ins.iter().enumerate() {
        if matches!(
            o,
            op::RESUME | op::RETURN_VALUE | op::RETURN_CONST | op::YIELD_VALUE
        ) || (tracing && matches!(o, op::JUMP_BACKWARD | op::FOR_ITER | op::SEND))
        {
            mark(quick, at, F_EVENT);
        }
        if profiling && o == op::CALL {
            mark(quick, at, F_EVENT);
            if next < code.code.len() / 2 {
                mark(quick, next, F_AFTER_CALL);
            }
        }
        if !tracing || k < first {
            continue;
        }
        if opcodes && !matches!(o, op::RESUME | op::END_FOR) {
            mark(quick, start, F_OPCODE);
        }
        match o {
            op::END_ASYNC_FOR | op::END_FOR | op::END_SEND | op::RESUME => {}
            _ => {
                let l = line_of(at);
                if l != current && l >= 0 {
                    starts.push(start);
                }
                current = l;
            }
        }
        // Jump targets start a line event check too.
        let target = match o {
            op::POP_JUMP_IF_FALSE
            | op::POP_JUMP_IF_TRUE
            | op::POP_JUMP_IF_NONE
            | op::POP_JUMP_IF_NOT_NONE
            | op::JUMP_FORWARD => Some(next + arg as usize),
            op::FOR_ITER | op::SEND => Some(next + arg as usize + 1),
            op::JUMP_BACKWARD | op::JUMP_BACKWARD_NO_INTERRUPT => next.checked_sub(arg as usize),
            _ => None,
        };
        if let Some(t) = target {
            starts.push(t);
        }
    }
    if tracing {
        // Exception handlers too (not END_ASYNC_FOR, which ends an `async for`).
        for e in ouro_bytecode::exception_table::decode_exception_table(&code.exceptiontable) {
            let t = e.target as usize;
            if code.code.get(t * 2) != Some(&op::END_ASYNC_FOR) {
                starts.push(t);
            }
        }
        for u in starts {
            if ins.iter().any(|i| i.0 == u) && line_of(ins_at(&ins, u)) >= 0 {
                mark(quick, u, F_LINE);
            }
        }
    }
}

/// The opcode unit of the instruction starting at unit `u`.
fn ins_at(ins: &[(usize, usize, u8, u32, usize)], u: usize) -> usize {
    ins.iter().find(|i| i.0 == u).map_or(u, |i| i.1)
}

/// Re-instruments every live stream (after a function was set or cleared).
fn refresh(s: &State) {
    let on = s.trace.borrow().is_some() || s.profile.borrow().is_some();
    s.on.set(on);
    // Rebuilding the streams drops the marker taken off.
    let old = s.disarmed.borrow_mut().take();
    drop(old);
    let live: Vec<(Rc<CodeObject>, Stream)> = {
        let mut reg = s.registry.borrow_mut();
        reg.retain(|(_, q)| q.strong_count() > 0);
        s.pruned_at.set(reg.len());
        reg.iter()
            .filter_map(|(c, q)| Some((c.upgrade()?, q.upgrade()?)))
            .collect()
    };
    for (c, q) in live {
        instrument(s, &c, &q);
    }
    if !on {
        s.ccalls.borrow_mut().clear();
    }
}

/// Puts back the marker taken off the instruction run last.
fn rearm(s: &State) {
    if let Some((q, u, m)) = s.disarmed.borrow_mut().take() {
        if let Some(q) = q.upgrade() {
            if let Some(w) = q.get(u) {
                if s.on.get() && w.get() as u8 != INSTRUMENTED {
                    w.set(m);
                }
            }
        }
    }
}

fn event_name(vm: &Vm, name: &str) -> Value {
    vm.intern(name).into_value()
}

/// The frame object of `f` with its line set to `line`, its fast locals brought up to date
/// (what `f_locals` shows) and, for a frame entered by this loop, its `f_back`.
fn frame_for(vm: &Vm, f: &mut Frame, callers: &mut [Frame], lasti: usize) -> Value {
    let fresh = f.frame_obj.get().is_none();
    let before = f
        .frame_obj
        .get()
        .and_then(|v| v.downcast::<FrameObjectData>())
        .map(|d| d.lineno.get());
    let fo = f.frame_object(vm, lasti);
    if let Some(d) = fo.downcast::<FrameObjectData>() {
        // An instruction without a line (an exception handler's cleanup) keeps the line
        // the frame was at, as CPython's RERAISE restores the raising instruction.
        if let (Some(b), true) = (before, d.lineno.get() < 0) {
            d.lineno.set(b);
        }
        if fresh && !f.entry {
            if let Some(c) = callers.last_mut() {
                let l = crate::ceval::lasti_of(c);
                let back = c.frame_object(vm, l);
                *d.back.borrow_mut() = Some(back);
            }
        } else if fresh && callers.is_empty() {
            // The first frame of a nested run: its caller is the frame of the run waiting on
            // the native call that started this one.
            let mut first = true;
            vm.thread.outer_runs.for_each(|c, _| {
                if std::mem::take(&mut first) {
                    let back = c.frame_object(vm, c.ip.saturating_sub(1));
                    *d.back.borrow_mut() = Some(back);
                }
            });
        }
        if f.locals.is_none() {
            let n = f.code.nlocalsplus;
            let slots: Box<[Option<Value>]> = (0..n).map(|i| f.region.get(i).cloned()).collect();
            let old = d.fast_locals.replace(Some(slots));
            drop(old);
        }
    }
    fo
}

/// Calls the trace function for `event` (the global one for 'call', else `f_trace`), as
/// `trace_trampoline`: an error turns tracing off; a result other than None becomes
/// `f_trace`.
fn call_trace(vm: &Vm, s: &State, fo: &Value, event: &str, arg: Value) -> PyResult<()> {
    let Some(d) = fo.downcast::<FrameObjectData>() else {
        return Ok(());
    };
    let cb = if event == "call" {
        s.trace.borrow().clone()
    } else {
        d.tracing.func.borrow().clone()
    };
    let Some(cb) = cb else { return Ok(()) };
    s.busy.set(true);
    let r = vm.call(&cb, &[fo.clone(), event_name(vm, event), arg], &[]);
    s.busy.set(false);
    match r {
        Ok(v) => {
            if !vm.is_none(&v) {
                let old = d.tracing.func.replace(Some(v));
                drop(old);
            }
            Ok(())
        }
        Err(e) => {
            let old = s.trace.replace(None);
            drop(old);
            let old = d.tracing.func.replace(None);
            drop(old);
            refresh(s);
            Err(e)
        }
    }
}

/// Calls the profile function; an error turns profiling off.
fn call_profile(vm: &Vm, s: &State, fo: &Value, event: &str, arg: Value) -> PyResult<()> {
    let Some(cb) = s.profile.borrow().clone() else {
        return Ok(());
    };
    s.busy.set(true);
    let r = vm.call(&cb, &[fo.clone(), event_name(vm, event), arg], &[]);
    s.busy.set(false);
    match r {
        Ok(_) => Ok(()),
        Err(e) => {
            let old = s.profile.replace(None);
            drop(old);
            refresh(s);
            Err(e)
        }
    }
}

fn has_trace(fo: &Value) -> bool {
    fo.downcast::<FrameObjectData>()
        .is_some_and(|d| d.tracing.func.borrow().is_some())
}

/// A line event for `line` unless the frame's last one was the same line (CPython
/// `_Py_call_instrumentation_line`), or `force` (a backward jump within a line).
fn line_event(
    vm: &Vm,
    s: &State,
    f: &mut Frame,
    callers: &mut [Frame],
    lasti: usize,
    line: i32,
    force: bool,
) -> PyResult<()> {
    if s.trace.borrow().is_none() {
        return Ok(());
    }
    let Some(fo) = f.frame_obj.get().cloned() else {
        return Ok(());
    };
    let Some(d) = fo.downcast::<FrameObjectData>() else {
        return Ok(());
    };
    let last = d.tracing.last_line.replace(line);
    if (last == line && !force) || line < 0 {
        return Ok(());
    }
    if !d.tracing.lines.get() || d.tracing.func.borrow().is_none() {
        return Ok(());
    }
    let fo = frame_for(vm, f, callers, lasti);
    d.lineno.set(line);
    call_trace(vm, s, &fo, "line", vm.none.clone())
}

/// The handler of the `INSTRUMENTED` opcode at unit `lasti` of the running frame `f`
/// (`callers` are the frames below it in this run of the loop): reports its events, then
/// either performs the instruction itself (RESUME, JUMP_BACKWARD) or takes its marker off so
/// that the loop runs it next (the marker is put back at the next event). On return `f.ip`
/// is where the loop goes on.
pub fn instrumented(vm: &Vm, f: &mut Frame, callers: &mut [Frame], lasti: usize) -> PyResult<()> {
    STATE.with(|s| {
        rearm(s);
        let w = f.code.quick.get(lasti).map_or(0, |c| c.get());
        let orig = ((w >> 48) & 0xff) as u8;
        let flags = w >> 56;
        let (_, oparg, caches) = crate::objects::code::unpack_unit(w);
        let next = lasti + 1 + caches;
        if !s.busy.get() && s.on.get() {
            report(vm, s, f, callers, lasti, orig, oparg, flags)?;
        }
        match orig {
            op::FOR_ITER | op::SEND if flags & F_EVENT != 0 && generator_operand(vm, f, orig) => {
                iterate(vm, s, f, callers, lasti, orig, oparg, next)
            }
            op::RESUME if flags & F_EVENT != 0 => {
                f.ip = next;
                breaker(vm)
            }
            op::RETURN_VALUE | op::RETURN_CONST if flags & F_EVENT != 0 => {
                // The frame's caller may run this same instruction next (recursion) with no
                // event between to put a marker back, so the return runs from a spare word
                // past the code instead of from here.
                let spare = f.code.code.code.len() / 2 + crate::objects::code::QUICK_PADDING - 1;
                match f.code.quick.get(spare) {
                    Some(c) => {
                        c.set(orig as u64 | (oparg as u64) << 8);
                        f.ip = spare;
                    }
                    None => f.ip = lasti,
                }
                Ok(())
            }
            op::JUMP_BACKWARD if flags & F_EVENT != 0 => {
                f.ip = next.saturating_sub(oparg as usize);
                breaker(vm)
            }
            _ => {
                if let Some(c) = f.code.quick.get(lasti) {
                    c.set(w & 0x0000_ffff_ffff_ff00 | orig as u64);
                    let q = Rc::downgrade(&f.code.quick);
                    *s.disarmed.borrow_mut() = Some((q, lasti, w));
                }
                f.ip = lasti;
                Ok(())
            }
        }
    })
}

/// Whether the iterator of FOR_ITER (or the receiver of SEND) is a generator or coroutine:
/// CPython reports their end to the trace function as a StopIteration 'exception'.
fn generator_operand(vm: &Vm, f: &Frame, orig: u8) -> bool {
    let depth = if orig == op::SEND { 2 } else { 1 };
    f.sp.checked_sub(depth)
        .and_then(|i| f.region.get(i))
        .is_some_and(|v| {
            let c = v.class();
            std::ptr::eq(c, vm.types.generator) || std::ptr::eq(c, vm.types.coroutine)
        })
}

/// FOR_ITER or SEND on a generator, run here so that its end can be reported (CPython:
/// INSTRUMENTED_END_FOR / INSTRUMENTED_END_SEND `monitor_stop_iteration`).
#[allow(clippy::too_many_arguments)]
fn iterate(
    vm: &Vm,
    s: &State,
    f: &mut Frame,
    callers: &mut [Frame],
    lasti: usize,
    orig: u8,
    oparg: u32,
    next: usize,
) -> PyResult<()> {
    let ended = if orig == op::FOR_ITER {
        let Some(it) = f.region.get(f.sp - 1).cloned() else {
            return Ok(());
        };
        match vm.next(&it)? {
            Some(v) => {
                f.region.put(f.sp, v);
                f.sp += 1;
                f.ip = next;
                return Ok(());
            }
            None => {
                f.sp -= 1;
                drop(f.region.take(f.sp));
                f.ip = next + oparg as usize + 1;
                vm.none.clone()
            }
        }
    } else {
        f.sp -= 1;
        let v = f.region.take(f.sp).unwrap_or_else(|| vm.none.clone());
        let Some(receiver) = f.region.get(f.sp - 1).cloned() else {
            return Ok(());
        };
        match crate::genobject::send(vm, &receiver, v)? {
            crate::genobject::SendResult::Yield(y) => {
                f.region.put(f.sp, y);
                f.sp += 1;
                f.ip = next;
                return Ok(());
            }
            crate::genobject::SendResult::Return(r) => {
                f.region.put(f.sp, r.clone());
                f.sp += 1;
                f.ip = next + oparg as usize;
                r
            }
        }
    };
    if s.busy.get() || s.trace.borrow().is_none() {
        return Ok(());
    }
    let Some(fo) = f.frame_obj.get().cloned() else {
        return Ok(());
    };
    if !has_trace(&fo) {
        return Ok(());
    }
    let fo = frame_for(vm, f, callers, lasti);
    let args = if vm.is_none(&ended) {
        vec![]
    } else {
        vec![ended]
    };
    let e = vm
        .new_exception(vm.types.exc.stop_iteration, args)
        .to_value();
    let arg = vm.new_tuple(vec![e.class().to_value(), e, vm.none.clone()]);
    call_trace(vm, s, &fo, "exception", arg)
}

/// Reports a generator frame entered by `throw()` or `close()` as 'call' (CPython's
/// PY_THROW event). Returns an exception raised by the trace function.
pub fn on_throw(vm: &Vm, f: &mut Frame) -> Option<PyErr> {
    STATE.with(|s| {
        if s.busy.get() || !s.on.get() {
            return None;
        }
        rearm(s);
        let lasti = crate::ceval::lasti_of(f);
        let fo = frame_for(vm, f, &mut [], lasti);
        if s.trace.borrow().is_some() {
            if let Err(e) = call_trace(vm, s, &fo, "call", vm.none.clone()) {
                return Some(e);
            }
        }
        call_profile(vm, s, &fo, "call", vm.none.clone()).err()
    })
}

/// The eval breaker of RESUME and JUMP_BACKWARD (a pending collection or an interrupt).
fn breaker(vm: &Vm) -> PyResult<()> {
    if vm.thread.interrupt.get() {
        vm.thread.interrupt.set(false);
        if !crate::gc::run_pending(vm) {
            return Err(vm.new_exception(vm.types.exc.keyboard_interrupt, vec![]));
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn report(
    vm: &Vm,
    s: &State,
    f: &mut Frame,
    callers: &mut [Frame],
    lasti: usize,
    orig: u8,
    oparg: u32,
    flags: u64,
) -> PyResult<()> {
    let tracing = s.trace.borrow().is_some();
    if flags & F_AFTER_CALL != 0 {
        let id = stream_id(&f.code.quick);
        let top = {
            let mut cc = s.ccalls.borrow_mut();
            match cc.last() {
                Some(c) if c.stream == id && c.resume == lasti => cc.pop(),
                _ => None,
            }
        };
        if let Some(c) = top {
            let fo = frame_for(vm, f, callers, lasti);
            call_profile(vm, s, &fo, "c_return", c.callable)?;
        }
    }
    if flags & F_LINE != 0 && tracing {
        let line = crate::ceval::line_for(&f.code, lasti_unit(f, lasti));
        line_event(vm, s, f, callers, lasti, line, false)?;
    }
    if flags & F_OPCODE != 0 && tracing {
        if let Some(fo) = f.frame_obj.get().cloned() {
            if let Some(d) = fo.downcast::<FrameObjectData>() {
                if d.tracing.opcodes.get() && d.tracing.func.borrow().is_some() {
                    let fo = frame_for(vm, f, callers, lasti_unit(f, lasti));
                    call_trace(vm, s, &fo, "opcode", vm.none.clone())?;
                }
            }
        }
    }
    if flags & F_EVENT != 0 {
        match orig {
            op::RESUME => {
                let fo = frame_for(vm, f, callers, lasti);
                if let Some(d) = fo.downcast::<FrameObjectData>() {
                    // CPython reports the line of the instruction right after RESUME even
                    // when it did not change; any later one only when it changed.
                    let after = f.code.quick.get(lasti + 1).map_or(0, |c| c.get());
                    let marked = after as u8 == INSTRUMENTED && (after >> 56) & F_LINE != 0;
                    let line = if marked {
                        -1
                    } else {
                        crate::ceval::line_for(&f.code, lasti)
                    };
                    d.tracing.last_line.set(line);
                }
                if tracing {
                    call_trace(vm, s, &fo, "call", vm.none.clone())?;
                }
                call_profile(vm, s, &fo, "call", vm.none.clone())?;
            }
            op::RETURN_VALUE | op::RETURN_CONST | op::YIELD_VALUE => {
                let v = if orig == op::RETURN_CONST {
                    f.code.consts.get(oparg as usize).cloned()
                } else {
                    f.region.get(f.sp.wrapping_sub(1)).cloned()
                }
                .unwrap_or_else(|| vm.none.clone());
                let fo = frame_for(vm, f, callers, lasti);
                if tracing && has_trace(&fo) {
                    call_trace(vm, s, &fo, "return", v.clone())?;
                }
                call_profile(vm, s, &fo, "return", v)?;
            }
            op::JUMP_BACKWARD => {
                let next = f.ip;
                let to = next.saturating_sub(oparg as usize);
                let to_line = crate::ceval::line_for(&f.code, to);
                let from_line = crate::ceval::line_for(&f.code, lasti);
                if to_line == from_line && tracing {
                    line_event(vm, s, f, callers, lasti, to_line, true)?;
                }
            }
            op::CALL => {
                let argc = oparg as usize;
                if let Some(base) = f.sp.checked_sub(argc + 2) {
                    let callable = if f.region.get(base).is_some() {
                        f.region.get(base).cloned()
                    } else {
                        f.region.get(base + 1).cloned()
                    };
                    if let Some(c) = callable {
                        if is_c_function(vm, &c) {
                            let fo = frame_for(vm, f, callers, lasti);
                            call_profile(vm, s, &fo, "c_call", c.clone())?;
                            s.ccalls.borrow_mut().push(CCall {
                                stream: stream_id(&f.code.quick),
                                call_at: lasti,
                                resume: f.ip,
                                callable: c,
                            });
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The opcode unit of an instruction whose first unit (maybe an EXTENDED_ARG) is `u`.
fn lasti_unit(f: &Frame, u: usize) -> usize {
    let code = &f.code.code.code;
    let mut i = u;
    while code.get(i * 2) == Some(&op::EXTENDED_ARG) {
        i += 1;
    }
    i
}

/// Whether the profiler reports a call of `c` as 'c_call' (a built-in function or method).
fn is_c_function(vm: &Vm, c: &Value) -> bool {
    c.downcast::<crate::objects::builtin::BuiltinFunctionData>()
        .is_some()
        || std::ptr::eq(c.class(), vm.types.method_descriptor)
}

/// Reports an exception raised in (or propagated into) frame `f`: 'c_exception' for a
/// built-in call that raised it, then the 'exception' event with `(type, value, traceback)`.
/// Returns the exception to go on with (one raised by the trace function replaces it).
pub fn on_raise(vm: &Vm, f: &mut Frame, exc: PyErr) -> PyErr {
    STATE.with(|s| {
        if s.busy.get() || !s.on.get() {
            return exc;
        }
        rearm(s);
        let lasti = crate::ceval::lasti_of(f);
        let id = stream_id(&f.code.quick);
        let top = {
            let mut cc = s.ccalls.borrow_mut();
            match cc.last() {
                Some(c) if c.stream == id && c.call_at == lasti => cc.pop(),
                _ => None,
            }
        };
        if let Some(c) = top {
            let fo = frame_for(vm, f, &mut [], lasti);
            if let Err(e) = call_profile(vm, s, &fo, "c_exception", c.callable) {
                return e;
            }
        }
        if s.trace.borrow().is_none() {
            return exc;
        }
        let Some(fo) = f.frame_obj.get().cloned() else {
            return exc;
        };
        if !has_trace(&fo) {
            return exc;
        }
        let fo = frame_for(vm, f, &mut [], lasti);
        let v = exc.to_value();
        let tb = vm
            .getattr(&v, &vm.intern("__traceback__"))
            .unwrap_or_else(|_| vm.none.clone());
        let arg = vm.new_tuple(vec![v.class().to_value(), v.clone(), tb]);
        match call_trace(vm, s, &fo, "exception", arg) {
            Ok(()) => exc,
            Err(e) => e,
        }
    })
}

/// Reports frame `f` left by an exception: 'return' with None to its trace and profile
/// functions (CPython's PY_UNWIND). Returns the exception to go on with.
pub fn on_unwind(vm: &Vm, f: &mut Frame, exc: PyErr) -> PyErr {
    STATE.with(|s| {
        if s.busy.get() || !s.on.get() {
            return exc;
        }
        rearm(s);
        let lasti = crate::ceval::lasti_of(f);
        let traced = f.frame_obj.get().is_some_and(has_trace) && s.trace.borrow().is_some();
        let profiled = s.profile.borrow().is_some();
        if !traced && !profiled {
            return exc;
        }
        let fo = frame_for(vm, f, &mut [], lasti);
        if traced {
            if let Err(e) = call_trace(vm, s, &fo, "return", vm.none.clone()) {
                return e;
            }
        }
        if let Err(e) = call_profile(vm, s, &fo, "return", vm.none.clone()) {
            return e;
        }
        exc
    })
}

// ----- sys functions -----

fn set_func(vm: &Vm, args: &[Value], name: &str, profile: bool) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "sys.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let v = if vm.is_none(&args[0]) {
        None
    } else {
        Some(args[0].clone())
    };
    STATE.with(|s| {
        let old = if profile {
            s.profile.replace(v)
        } else {
            s.opcodes_on.set(s.opcode_seen.get());
            s.trace.replace(v)
        };
        refresh(s);
        drop(old);
    });
    Ok(vm.none.clone())
}

/// `sys.settrace(function)`.
pub fn sys_settrace(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    set_func(vm, args, "settrace", false)
}

/// `sys.setprofile(function)`.
pub fn sys_setprofile(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    set_func(vm, args, "setprofile", true)
}

/// `sys.gettrace()`.
pub fn sys_gettrace(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(STATE
        .with(|s| s.trace.borrow().clone())
        .unwrap_or_else(|| vm.none.clone()))
}

/// `sys.getprofile()`.
pub fn sys_getprofile(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(STATE
        .with(|s| s.profile.borrow().clone())
        .unwrap_or_else(|| vm.none.clone()))
}

// ----- frame attributes -----

fn frame_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::Obj<FrameObjectData>> {
    v.downcast::<FrameObjectData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'frame' object"))
}

fn f_trace(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_data(vm, v)?
        .tracing
        .func
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn set_f_trace(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let d = frame_data(vm, v)?;
    let x = x.filter(|x| !vm.is_none(x));
    let old = d.tracing.func.replace(x);
    drop(old);
    Ok(())
}

fn f_trace_lines(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(frame_data(vm, v)?.tracing.lines.get()))
}

fn bool_arg(vm: &Vm, x: Option<Value>, name: &str) -> PyResult<bool> {
    match x {
        Some(x) if std::ptr::eq(x.class(), vm.types.bool_) => vm.is_true(&x),
        Some(_) => Err(vm.new_type_error("attribute value type must be bool")),
        None => Err(vm.new_attribute_error(format!("cannot delete {name}"))),
    }
}

fn set_f_trace_lines(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let d = frame_data(vm, v)?;
    d.tracing.lines.set(bool_arg(vm, x, "f_trace_lines")?);
    Ok(())
}

fn f_trace_opcodes(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(frame_data(vm, v)?.tracing.opcodes.get()))
}

fn set_f_trace_opcodes(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let d = frame_data(vm, v)?;
    let on = bool_arg(vm, x, "f_trace_opcodes")?;
    d.tracing.opcodes.set(on);
    if on {
        STATE.with(|s| s.opcode_seen.set(true));
    }
    Ok(())
}

/// Registers `f_trace`, `f_trace_lines` and `f_trace_opcodes` on the frame type.
pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let fr = vm.types.frame;
    add_getset(vm, fr, "f_trace", f_trace, Some(set_f_trace));
    add_getset(
        vm,
        fr,
        "f_trace_lines",
        f_trace_lines,
        Some(set_f_trace_lines),
    );
    add_getset(
        vm,
        fr,
        "f_trace_opcodes",
        f_trace_opcodes,
        Some(set_f_trace_opcodes),
    );
}
