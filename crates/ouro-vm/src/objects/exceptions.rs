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

/// Calling exception class `t` whose `__new__` and `__init__` are BaseException's (most
/// user-defined exceptions): the instance is made in one step, as the two would make it (the
/// positional arguments become `args`). None when the call needs the general path.
/// CPython: typeobject.c type_call with exceptions.c BaseException_new and BaseException_init.
pub fn fast_exception_call(
    vm: &Vm,
    t: &Obj<TypeData>,
    new: &Value,
    args: &[Value],
    kw: &[Value],
) -> Option<crate::vm::PyResult<Value>> {
    if !kw.is_empty() {
        return None;
    }
    use crate::exceptions_attrs::is_native;
    // Only exception classes find BaseException's `__new__`; the groups among them may be
    // created by the group's (see `exc_new`).
    if !is_native(new, crate::builtins_types::exc_new)
        || t.is_subtype(vm.types.exc.base_exception_group)
    {
        return None;
    }
    // StopIteration's and SystemExit's `__init__` set what `new_exception` sets.
    let init = t.lookup(&vm.names.__init__)?;
    if !is_native(&init, crate::builtins_types::exc_init)
        && !is_native(&init, crate::exceptions_attrs::stop_iteration_init)
        && !is_native(&init, crate::exceptions_attrs::system_exit_init)
    {
        return None;
    }
    Some(Ok(new_exception(vm, t, args.to_vec()).into_value()))
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
