//! What the few built-ins that look at their caller's frame see of it: `globals()`,
//! `locals()`, `vars()`, `dir()`, `exec`/`eval` without explicit namespaces, and the
//! zero-argument `super()`. Native functions cannot walk the evaluation loop's frames, so
//! the loop records a snapshot of the calling frame just before it calls one of these
//! (`needs_frame` says which) and the built-in takes it. CPython reads the same facts from
//! the current `_PyInterpreterFrame` (Python/bltinmodule.c `builtin_locals_impl`,
//! Objects/typeobject.c `super_init_without_args`).

use std::cell::RefCell;

use crate::ceval::Frame;
use crate::object::Value;
use crate::objects::builtin::BuiltinFunctionData;
use crate::objects::code::CodeData;
use crate::objects::dict::{DictData, DictRef};
use crate::objects::function::CellData;
use crate::vm::{PyResult, Vm};

/// The calling frame as the frame-reading built-ins need it.
#[derive(Clone)]
pub struct CallerFrame {
    pub globals: DictRef,
    pub builtins: DictRef,
    /// The locals mapping (a fresh dict of the fast locals for function frames).
    pub locals: Value,
    /// `(__class__, first argument)` for `super()`, or the RuntimeError message.
    pub super_args: Result<(Value, Value), &'static str>,
    /// For `sys._getframe`: the frame objects of the calling frame and its callers in the
    /// same run of the evaluation loop, innermost first, linked by `f_back`.
    pub frames: Vec<Value>,
}

thread_local! {
    static CALLER: RefCell<Vec<CallerFrame>> = const { RefCell::new(Vec::new()) };
}

/// Whether the built-in function `name` reads its caller's frame: `globals`, `locals`,
/// `vars`, `dir`, `exec` and `eval` of the builtins (`unbound`: no `__self__`), and
/// `sys._getframe`. A match on the name compares its length first, which is cheap for the
/// many other built-ins called in a loop.
#[inline]
fn is_frame_reader(name: &str, unbound: bool) -> bool {
    match name {
        "globals" | "locals" | "vars" | "dir" | "exec" | "eval" => unbound,
        "_getframe" => true,
        _ => false,
    }
}

/// Whether calling `callable` needs a snapshot of the calling frame.
pub fn needs_frame(vm: &Vm, callable: &Value) -> bool {
    if let Some(t) = callable.downcast::<crate::typeobject::TypeData>() {
        return std::ptr::eq(t, vm.types.super_)
            || std::ptr::eq(t, vm.types.type_)
            || (!t.is_heap() && crate::typevarobject::wants_caller_frame(callable));
    }
    match callable.downcast::<BuiltinFunctionData>() {
        Some(b) => !b.pass_self && is_frame_reader(b.name, b.self_.is_none()),
        None => false,
    }
}

fn cell_or_value(v: &Value) -> Option<Value> {
    match v.downcast::<CellData>() {
        Some(c) => c.get(),
        None => Some(v.clone()),
    }
}

/// Records the frame `f` for the frame-reading built-in about to be called.
pub fn capture(vm: &Vm, f: &mut Frame, callers: &mut [Frame], callable: &Value) {
    use ouro_bytecode::code::{CO_FAST_CELL, CO_FAST_FREE};
    let code = &f.code.clone();
    let kinds = &code.code.localspluskinds;
    let is_super = callable.is(&vm.types.super_.to_value());
    let builtin = callable.downcast::<BuiltinFunctionData>();
    let wants_frames = builtin.is_some_and(|b| b.name == "_getframe");
    let wants_locals = builtin.is_some() && !wants_frames;
    let locals = match &f.locals {
        Some(l) => l.clone(),
        None if !wants_locals => vm.none.clone(),
        None => {
            // One dict per frame, kept by its frame object: `locals()` returns the same
            // dict each time, brought up to date with the fast locals (names that are not
            // fast locals, such as those `exec()` stored, stay). CPython: PyFrame_GetLocals.
            let lasti = f.ip.saturating_sub(1);
            let fo = f.frame_object(vm, lasti);
            let region = &f.region;
            let d = sync_frame_locals(vm, &fo, code, |i| region.get(i).cloned());
            d.into_value()
        }
    };
    let super_args = (|| {
        if !is_super {
            return Err("super(): no arguments");
        }
        if code.code.argcount == 0 {
            return Err("super(): no arguments");
        }
        let first = match f.region.get(0) {
            Some(v) if kinds.first().is_some_and(|k| k & CO_FAST_CELL != 0) => cell_or_value(v),
            Some(v) => Some(v.clone()),
            None => None,
        };
        let Some(first) = first else {
            return Err("super(): arg[0] deleted");
        };
        let idx = code.localsplusnames.iter().enumerate().position(|(i, n)| {
            n.as_str() == "__class__" && kinds.get(i).is_some_and(|k| k & CO_FAST_FREE != 0)
        });
        let Some(idx) = idx else {
            return Err("super(): __class__ cell not found");
        };
        let cls = f.region.get(idx).and_then(cell_or_value);
        match cls {
            Some(c) => Ok((c, first)),
            None => Err("super(): empty __class__ cell"),
        }
    })();
    let mut frames = Vec::new();
    if wants_frames {
        push_run_frames(vm, &mut frames, f, callers);
        // Past this run's first frame, the frames of the runs waiting on the native calls
        // that started the nested runs (CPython's frames are one chain through C calls).
        vm.thread
            .outer_runs
            .for_each(|f, callers| push_run_frames(vm, &mut frames, f, callers));
        link_backs(&frames);
    }
    let snap = CallerFrame {
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals,
        super_args,
        frames,
    };
    CALLER.with(|c| c.borrow_mut().push(snap));
}

/// The frame objects of the runs waiting on native calls, innermost first, each linked to the
/// next as its `f_back`: the first is the frame whose instruction is running native code now
/// (CPython's current frame, `PyEval_GetFrame`), with that instruction as its `f_lasti`.
pub fn waiting_frames(vm: &Vm) -> Vec<Value> {
    let mut frames = Vec::new();
    vm.thread
        .outer_runs
        .for_each(|f, callers| push_run_frames(vm, &mut frames, f, callers));
    link_backs(&frames);
    frames
}

/// Makes each of `frames` (frame objects, innermost first) the `f_back` of the one before it.
fn link_backs(frames: &[Value]) {
    for pair in frames.windows(2) {
        if let Some(fo) = pair[0].downcast::<crate::objects::frameobject::FrameObjectData>() {
            let old = fo.back.replace(Some(pair[1].clone()));
            drop(old);
        }
    }
}

/// Appends the frame objects of the running frame `f` of one run of the evaluation loop and of
/// its `callers` (outermost first), innermost first, with their fast locals brought up to date
/// (what `f_locals` shows).
fn push_run_frames(vm: &Vm, frames: &mut Vec<Value>, f: &Frame, callers: &[Frame]) {
    let mut lasti = f.ip.saturating_sub(1);
    let mut above = f;
    for c in std::iter::once(f).chain(callers.iter().rev()) {
        if !std::ptr::eq(c, f) {
            lasti = crate::ceval::caller_lasti(c, above);
            above = c;
        }
        let fo = c.frame_object(vm, lasti);
        if c.locals.is_none() {
            let region = &c.region;
            sync_frame_locals(vm, &fo, &c.code, |i| region.get(i).cloned());
        }
        frames.push(fo);
    }
}

/// The snapshot recorded for the current call, if any.
pub fn take() -> Option<CallerFrame> {
    CALLER.with(|c| c.borrow().last().cloned())
}

/// Drops the snapshot recorded by `capture` once the call has returned.
pub fn release() {
    let old = CALLER.with(|c| c.borrow_mut().pop());
    drop(old);
}

/// Takes the snapshot, or the SystemError of a call from outside the evaluation loop.
pub fn take_or_err(vm: &Vm, what: &str) -> PyResult<CallerFrame> {
    take().ok_or_else(|| {
        vm.new_exception_msg(
            vm.types.exc.system_error,
            format!("{what}: no current frame"),
        )
    })
}

/// Brings `d` up to date with a frame's fast locals (`slot(i)` reads local `i`): bound ones
/// are set (a cell's contents for cell and free variables), unbound ones removed; hidden
/// locals (comprehension temporaries) are left out. CPython: frameobject.c
/// `_PyFrame_FastToLocalsWithError`.
pub fn fill_fast_locals(
    vm: &Vm,
    code: &CodeData,
    slot: impl Fn(usize) -> Option<Value>,
    d: &DictRef,
) {
    use ouro_bytecode::code::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN};
    let kinds = &code.code.localspluskinds;
    for (i, name) in code.localsplusnames.iter().enumerate() {
        let kind = kinds.get(i).copied().unwrap_or(0);
        if kind & CO_FAST_HIDDEN != 0 {
            continue;
        }
        let v = slot(i).and_then(|v| {
            if kind & (CO_FAST_CELL | CO_FAST_FREE) != 0 {
                cell_or_value(&v)
            } else {
                Some(v)
            }
        });
        match v {
            Some(v) => d.set_str(vm, name, v),
            None => {
                if d.get_str(name).is_some() {
                    let _ = d.remove_item(vm, &name.to_value());
                }
            }
        }
    }
}

/// The fast-locals dict a function frame's object keeps (made on first use), brought up to
/// date with `slot` (see `fill_fast_locals`).
pub fn sync_frame_locals(
    vm: &Vm,
    frame_obj: &Value,
    code: &CodeData,
    slot: impl Fn(usize) -> Option<Value>,
) -> DictRef {
    use crate::objects::frameobject::FrameObjectData;
    let fd = frame_obj.downcast::<FrameObjectData>();
    let existing = fd.and_then(|d| d.locals.borrow().clone());
    let d = match existing.and_then(|e| e.downcast_ref::<DictData>()) {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            if let Some(fd) = fd {
                let old = fd.locals.replace(Some(d.to_value()));
                drop(old);
            }
            d
        }
    };
    fill_fast_locals(vm, code, slot, &d);
    d
}
