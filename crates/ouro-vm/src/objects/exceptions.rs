//! The built-in exceptions: one payload for every class of the hierarchy (`args`, traceback,
//! cause, context); class-specific attributes (`StopIteration.value`, `OSError.errno`,
//! `ExceptionGroup.exceptions`, ...) live in the instance dict, set by the classes'
//! constructors here and in `exceptions_group.rs`. CPython: Objects/exceptions.c.

use std::cell::{Cell, RefCell};

use crate::object::{alloc_object, Obj, Payload, Value};
use crate::typeobject::TypeData;
use crate::vm::{PyErr, Vm};

pub struct ExceptionData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Option<Value>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
}

impl Payload for ExceptionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        for c in [&self.traceback, &self.cause, &self.context] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [&self.traceback, &self.cause, &self.context] {
            let old = c.borrow_mut().take();
            drop(old);
        }
    }
}

/// A new instance of exception class `ty` with `args`, without running `__init__` (for
/// exceptions raised by the runtime itself).
pub fn new_exception(vm: &Vm, ty: &Obj<TypeData>, args: Vec<Value>) -> PyErr {
    let args = vm.new_tuple(args);
    let e = alloc_object(
        ty,
        ExceptionData {
            args: RefCell::new(args.clone()),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
        },
    );
    crate::ops::init_exception_attrs(vm, &e, &args);
    e
}

pub fn init(vm: &Vm) {
    crate::ops::init_exception_methods(vm);
    crate::exceptions_attrs::init(vm);
    crate::exceptions_group::init(vm);
    crate::traceback::init(vm);
    crate::legacy_tracing::init(vm);
}

/// Whether `v` is an instance of `BaseExceptionGroup`.
pub fn is_exception_group(vm: &Vm, v: &Value) -> bool {
    v.class().is_subtype(vm.types.exc.base_exception_group)
}

/// The sub-exceptions of an exception group (empty for anything else).
pub fn group_exceptions(vm: &Vm, v: &Value) -> Vec<Value> {
    crate::exceptions_group::exceptions_of(vm, v)
}
