//! The buffer protocol: how built-in code reads the bytes behind a bytes-like object
//! (`bytes`, `bytearray`, `memoryview`), and the count of live exports of a `bytearray`
//! that forbids resizing it while a view is held. CPython: Objects/abstract.c
//! `PyObject_GetBuffer`, Include/pybuffer.h, Objects/bytearrayobject.c `bytearray_getbuffer`.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::object::Value;
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::vm::{PyResult, Vm};

thread_local! {
    /// Live exports of each bytearray, by address.
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// Whether `v` supports the buffer protocol.
pub fn is_buffer(v: &Value) -> bool {
    v.downcast::<BytesData>().is_some()
        || v.downcast::<ByteArrayData>().is_some()
        || v.downcast::<crate::objects::memoryview::MemoryViewData>()
            .is_some()
        || v.downcast::<crate::arraymodule::ArrayData>().is_some()
}

/// Calls `f` with the bytes of a bytes-like object (a memoryview gives its bytes in logical
/// order); `None` when `v` has no buffer or is a released memoryview.
pub fn with_buffer<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(f(&b.0));
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        let data = b.0.borrow();
        return Some(f(&data));
    }
    if let Some(m) = v.downcast::<crate::objects::memoryview::MemoryViewData>() {
        let bytes = m.to_bytes()?;
        return Some(f(&bytes));
    }
    if let Some(a) = v.downcast::<crate::arraymodule::ArrayData>() {
        return Some(a.with_bytes(f));
    }
    None
}

/// The bytes of a bytes-like object, or the `TypeError` CPython raises for other objects.
pub fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(m) = v.downcast::<crate::objects::memoryview::MemoryViewData>() {
        m.check_released(vm)?;
    }
    with_buffer(v, |b| b.to_vec()).ok_or_else(|| {
        vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.class().name()
        ))
    })
}

/// Registers one more export of the object at `addr`.
pub fn add_export(addr: usize) {
    EXPORTS.with(|e| *e.borrow_mut().entry(addr).or_insert(0) += 1);
}

/// Ends one export of the object at `addr`.
pub fn remove_export(addr: usize) {
    EXPORTS.with(|e| {
        let mut e = e.borrow_mut();
        if let Some(n) = e.get_mut(&addr) {
            *n -= 1;
            if *n == 0 {
                e.remove(&addr);
            }
        }
    });
}

/// The number of live exports of the object at `addr`.
pub fn exports(addr: usize) -> usize {
    EXPORTS.with(|e| e.borrow().get(&addr).copied().unwrap_or(0))
}

/// Fails with CPython's `BufferError` when a bytearray that views hold would change size.
pub fn check_resizable(vm: &Vm, v: &Value) -> PyResult<()> {
    if exports(v.raw()) > 0 {
        return Err(vm.new_exception_msg(
            vm.types.exc.buffer_error,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}
