//! An exception to raise when a generator frame resumes (`gen.throw()`), handed from
//! `genobject::send_ex` to the evaluation loop, with whether to chain it to the exception the
//! generator itself was handling when it suspended (CPython: errors.c _PyErr_ChainStackItem).

use std::cell::RefCell;

use crate::vm::PyErr;

thread_local! {
    static PENDING: RefCell<Option<(PyErr, bool)>> = const { RefCell::new(None) };
}

pub fn set_pending(e: PyErr, chain: bool) {
    let old = PENDING.with(|p| p.borrow_mut().replace((e, chain)));
    drop(old);
}

pub fn take_pending() -> Option<(PyErr, bool)> {
    PENDING.with(|p| p.borrow_mut().take())
}
