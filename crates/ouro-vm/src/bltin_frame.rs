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
use crate::objects::dict::DictRef;
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
}

thread_local! {
    static CALLER: RefCell<Vec<CallerFrame>> = const { RefCell::new(Vec::new()) };
}

/// Names of the built-in functions that read their caller's frame.
const FRAME_READERS: &[&str] = &["globals", "locals", "vars", "dir", "exec", "eval"];

/// Whether calling `callable` needs a snapshot of the calling frame.
pub fn needs_frame(vm: &Vm, callable: &Value) -> bool {
    if callable.is(&vm.types.super_.to_value()) || callable.is(&vm.types.type_.to_value()) {
        return true;
    }
    if crate::typevarobject::wants_caller_frame(callable) {
        return true;
    }
    match callable.downcast::<BuiltinFunctionData>() {
        Some(b) => !b.pass_self && b.self_.is_none() && FRAME_READERS.contains(&b.name),
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
pub fn capture(vm: &Vm, f: &Frame, callable: &Value) {
    use ouro_bytecode::code::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN};
    let code = &f.code;
    let kinds = &code.code.localspluskinds;
    let is_super = callable.is(&vm.types.super_.to_value());
    let wants_locals = callable.downcast::<BuiltinFunctionData>().is_some();
    let locals = match &f.locals {
        Some(l) => l.clone(),
        None if !wants_locals => vm.none.clone(),
        None => {
            let d = vm.new_dict();
            for (i, name) in code.localsplusnames.iter().enumerate() {
                let kind = kinds.get(i).copied().unwrap_or(0);
                if kind & CO_FAST_HIDDEN != 0 {
                    continue;
                }
                let Some(v) = f.region.get(i) else { continue };
                let v = if kind & (CO_FAST_CELL | CO_FAST_FREE) != 0 {
                    cell_or_value(v)
                } else {
                    Some(v.clone())
                };
                if let Some(v) = v {
                    d.set_str(vm, name, v);
                }
            }
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
    let snap = CallerFrame {
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals,
        super_args,
    };
    CALLER.with(|c| c.borrow_mut().push(snap));
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
