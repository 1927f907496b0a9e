//! The cycle collector's bookkeeping: the list of tracked containers (objects whose type has
//! `HAS_GC` are linked in at allocation and unlinked when freed) and running `__del__` for
//! objects being freed. The collection algorithm (CPython's: subtract internal references,
//! find what is unreachable, finalize, clear) works on this list. CPython: Modules/gcmodule.c.

use std::cell::Cell;

use crate::object::{GcLinks, ObjHeader};

thread_local! {
    /// Head of the circular list of tracked objects (a sentinel allocated once per thread).
    static HEAD: Cell<*const GcLinks> = const { Cell::new(std::ptr::null()) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
    /// The interpreter running on this thread, for `__del__` calls made while freeing.
    pub(crate) static CURRENT_VM: Cell<*const crate::vm::Vm> = const { Cell::new(std::ptr::null()) };
}

fn head() -> *const GcLinks {
    HEAD.with(|h| {
        if h.get().is_null() {
            let sentinel: &'static GcLinks = Box::leak(Box::new(GcLinks {
                prev: Cell::new(std::ptr::null()),
                next: Cell::new(std::ptr::null()),
            }));
            sentinel.prev.set(sentinel);
            sentinel.next.set(sentinel);
            h.set(sentinel);
        }
        h.get()
    })
}

/// Links a new container into the tracked list.
pub(crate) fn track(links: *const GcLinks) {
    let h = head();
    // SAFETY: `links` belongs to a freshly allocated object and `h` is the live sentinel; all
    // list nodes are live (objects unlink themselves before being freed).
    unsafe {
        let last = (*h).prev.get();
        (*links).prev.set(last);
        (*links).next.set(h);
        (*last).next.set(links);
        (*h).prev.set(links);
    }
    COUNT.with(|c| c.set(c.get() + 1));
}

/// Unlinks a container that is being freed.
pub(crate) fn untrack(links: *const GcLinks) {
    // SAFETY: `links` is in the list (tracked at allocation), and its neighbours are live.
    unsafe {
        let prev = (*links).prev.get();
        let next = (*links).next.get();
        if prev.is_null() || next.is_null() {
            return;
        }
        (*prev).next.set(next);
        (*next).prev.set(prev);
        (*links).prev.set(std::ptr::null());
        (*links).next.set(std::ptr::null());
    }
    COUNT.with(|c| c.set(c.get() - 1));
}

/// Number of tracked containers.
pub fn tracked_count() -> usize {
    COUNT.with(|c| c.get())
}

/// Calls `__del__` on an object about to be freed (its count is temporarily 1).
pub(crate) fn call_finalizer(obj: *const ObjHeader) {
    let vm = CURRENT_VM.with(|v| v.get());
    if vm.is_null() {
        return;
    }
    // SAFETY: CURRENT_VM is set by `Vm::enter` for as long as the Vm is alive on this thread,
    // and `obj` is a live object with a temporary reference held by the caller.
    unsafe {
        let vm = &*vm;
        let v = std::mem::ManuallyDrop::new(crate::object::Value::from_owned_ptr(obj));
        crate::ops::call_del(vm, &v);
    }
}
