//! Frame objects (made only when asked for: tracebacks, `sys._getframe`, generators) and
//! traceback objects. CPython: Objects/frameobject.c, Python/traceback.c.

use std::cell::{Cell, RefCell};

use crate::object::{Payload, Value};
use crate::objects::code::CodeRef;
use crate::objects::dict::DictRef;
use crate::vm::Vm;

pub struct FrameObjectData {
    pub code: CodeRef,
    pub globals: DictRef,
    pub builtins: DictRef,
    /// `f_locals` when the frame has a locals dict (module and class bodies).
    pub locals: RefCell<Option<Value>>,
    pub back: RefCell<Option<Value>>,
    /// Index of the last instruction run, in code units (`f_lasti` is twice this).
    pub lasti: Cell<i32>,
    pub lineno: Cell<i32>,
    /// Whether the frame is still executing (its data lives on the data stack).
    pub live: Cell<bool>,
    /// Identity of the executing frame on the data stack, while live.
    pub frame_id: Cell<usize>,
    /// The fast locals of a function frame that exited while this object lived on (held by
    /// a traceback...), kept as they were; `f_locals` turns them into its dict when asked.
    pub fast_locals: RefCell<Option<Box<[Option<Value>]>>>,
    /// `f_trace`, `f_trace_lines`, `f_trace_opcodes` (see legacy_tracing.rs).
    pub tracing: crate::legacy_tracing::FrameTrace,
}

impl Payload for FrameObjectData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.globals.as_value());
        for c in [&self.locals, &self.back] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
        if let Ok(b) = self.tracing.func.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
        if let Ok(b) = self.fast_locals.try_borrow() {
            for v in b.iter().flat_map(|s| s.iter()).flatten() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        for c in [&self.locals, &self.back] {
            let old = c.borrow_mut().take();
            drop(old);
        }
        let old = self.tracing.func.borrow_mut().take();
        drop(old);
        let old = self.fast_locals.borrow_mut().take();
        drop(old);
    }
}

pub struct TracebackData {
    pub next: RefCell<Option<Value>>,
    pub frame: Value,
    pub lasti: i32,
    pub lineno: i32,
}

impl TracebackData {
    /// A one-entry traceback for the frame object `frame` at its last instruction (CPython:
    /// traceback.c _PyTraceBack_FromFrame).
    pub fn at_frame(vm: &Vm, frame: &Value) -> Option<Value> {
        let fo = frame.downcast::<FrameObjectData>()?;
        let tb = crate::object::alloc_object(
            vm.types.traceback,
            TracebackData {
                next: RefCell::new(None),
                frame: frame.clone(),
                lasti: fo.lasti.get() * 2,
                lineno: fo.lineno.get(),
            },
        );
        Some(tb.into_value())
    }
}

impl Payload for TracebackData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.frame);
        if let Ok(b) = self.next.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.next.borrow_mut().take();
        drop(old);
    }
}

pub fn init(_vm: &Vm) {}
