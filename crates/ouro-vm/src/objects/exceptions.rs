//! The built-in exceptions: one payload for every class of the hierarchy (`args`, traceback,
//! cause, context); class-specific attributes (`StopIteration.value`, `OSError.errno`, ...)
//! are set by the classes' `__init__` in the instance dict. CPython: Objects/exceptions.c.

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
}
