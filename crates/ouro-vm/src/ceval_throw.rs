//! An exception to raise when a generator frame resumes (`gen.throw()`), handed from
//! `genobject::resume` to the evaluation loop.

use std::cell::RefCell;

use crate::vm::PyErr;

thread_local! {
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

pub fn set_pending(e: PyErr) {
    PENDING.with(|p| *p.borrow_mut() = Some(e));
}

pub fn take_pending() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}
