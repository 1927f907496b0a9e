//! The cycle collector: the list of tracked containers (objects whose type has `HAS_GC` are
//! linked in at allocation and unlinked when freed), running `__del__` for objects being
//! freed, and CPython's collection algorithm over that list: copy each candidate's reference
//! count, subtract the references candidates hold to one another (found with `traverse`), take
//! what is still referenced from outside as reachable together with everything it reaches,
//! finalize the rest once, check for resurrection, then break the cycles with `clear`. Two
//! generations: objects allocated since the last collection are young; survivors become old,
//! and a full collection runs when the old generation has grown enough. Collections start
//! automatically after `threshold0` allocations, at the evaluation loop's safe points.
//! CPython: Modules/gcmodule.c (gc_collect_main, update_refs, subtract_refs, move_unreachable,
//! finalize_garbage, handle_resurrected_objects, delete_garbage).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;

use crate::object::{
    clear_raw, gc_links_of, has_weakrefs, layout_flags, object_of_gc_links, refcnt_raw,
    take_weakrefs, traverse_raw, GcLinks, ObjHeader, Value,
};

thread_local! {
    /// Head of the circular list of tracked objects (a sentinel allocated once per thread).
    static HEAD: Cell<*const GcLinks> = const { Cell::new(std::ptr::null()) };
    /// A second sentinel in the same list: the objects after it are the young generation.
    static YOUNG: Cell<*const GcLinks> = const { Cell::new(std::ptr::null()) };
    /// A third sentinel, before YOUNG: the objects between HEAD and it are permanent (those
    /// the interpreter made while starting, see `freeze_startup`), never collected.
    static OLD: Cell<*const GcLinks> = const { Cell::new(std::ptr::null()) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
    /// The interpreter running on this thread, for `__del__` calls made while freeing.
    pub(crate) static CURRENT_VM: Cell<*const crate::vm::Vm> = const { Cell::new(std::ptr::null()) };
    static STATE: GcState = const { GcState::new() };
    /// Objects whose `__del__` the collector already called (CPython's "finalized" bit).
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

/// The collector's settings and counters (`gc.get_threshold`, `gc.get_count`...).
pub struct GcState {
    pub enabled: Cell<bool>,
    pub thresholds: Cell<[i64; 3]>,
    /// Allocations minus deallocations of tracked objects since the last collection.
    pub count0: Cell<i64>,
    /// Young collections since the last full one.
    pub count1: Cell<i64>,
    pub count2: Cell<i64>,
    collecting: Cell<bool>,
    pending: Cell<bool>,
    /// Objects that survived young collections since the last full collection, and the size
    /// of the old generation after it (CPython's long_lived_pending / long_lived_total).
    long_lived_pending: Cell<usize>,
    long_lived_total: Cell<usize>,
}

impl GcState {
    const fn new() -> GcState {
        GcState {
            enabled: Cell::new(true),
            thresholds: Cell::new([700, 10, 10]),
            count0: Cell::new(0),
            count1: Cell::new(0),
            count2: Cell::new(0),
            collecting: Cell::new(false),
            pending: Cell::new(false),
            long_lived_pending: Cell::new(0),
            long_lived_total: Cell::new(0),
        }
    }
}

/// Runs `f` with this thread's collector state.
pub fn with_state<R>(f: impl FnOnce(&GcState) -> R) -> R {
    STATE.with(f)
}

fn new_sentinel() -> *const GcLinks {
    let s: &'static GcLinks = Box::leak(Box::new(GcLinks {
        prev: Cell::new(std::ptr::null()),
        next: Cell::new(std::ptr::null()),
    }));
    s as *const GcLinks
}

fn head() -> *const GcLinks {
    HEAD.with(|h| {
        if h.get().is_null() {
            let sentinel = new_sentinel();
            let old = new_sentinel();
            let young = new_sentinel();
            // SAFETY: the three sentinels were just leaked, so they live forever.
            unsafe {
                (*sentinel).next.set(old);
                (*old).prev.set(sentinel);
                (*old).next.set(young);
                (*young).prev.set(old);
                (*young).next.set(sentinel);
                (*sentinel).prev.set(young);
            }
            h.set(sentinel);
            OLD.with(|o| o.set(old));
            YOUNG.with(|y| y.set(young));
        }
        h.get()
    })
}

fn young() -> *const GcLinks {
    head();
    YOUNG.with(|y| y.get())
}

fn old() -> *const GcLinks {
    head();
    OLD.with(|o| o.get())
}

/// Whether a list node is one of the sentinels rather than an object's links.
fn is_sentinel(n: *const GcLinks) -> bool {
    n == young() || n == old()
}

/// Makes every object tracked so far permanent: collections no longer look at them (they
/// still count as tracked and show in `gc.get_objects`). Called once the interpreter has
/// made its built-in types, modules and their dicts, which live as long as it does, so
/// that a collection (the one at exit included) does not walk them all again. CPython's
/// static types and their dicts are not tracked at all.
pub fn freeze_startup() {
    let (o, y) = (old(), young());
    // SAFETY: the sentinels are live list nodes; moving them to the tail keeps the list a
    // ring of live nodes.
    unsafe {
        unlink(o);
        link_tail(o);
        unlink(y);
        link_tail(y);
    }
    STATE.with(|s| s.count0.set(0));
}

/// Appends `links` at the tail of the list (the young end).
///
/// # Safety
/// `links` must be unlinked GC links of a live object (or a sentinel); all list nodes are live.
unsafe fn link_tail(links: *const GcLinks) {
    let h = head();
    // SAFETY: per the caller; `h` is the live sentinel.
    unsafe {
        let last = (*h).prev.get();
        (*links).prev.set(last);
        (*links).next.set(h);
        (*last).next.set(links);
        (*h).prev.set(links);
    }
}

/// Unlinks a node from the list.
///
/// # Safety
/// `links` must be in the list, whose nodes are all live.
unsafe fn unlink(links: *const GcLinks) {
    // SAFETY: per the caller.
    unsafe {
        let prev = (*links).prev.get();
        let next = (*links).next.get();
        (*prev).next.set(next);
        (*next).prev.set(prev);
        (*links).prev.set(std::ptr::null());
        (*links).next.set(std::ptr::null());
    }
}

/// Links a new container into the tracked list.
pub(crate) fn track(links: *const GcLinks) {
    // SAFETY: `links` belongs to a freshly allocated object and is not linked yet; its two
    // words are written before anything reads them (the block may be fresh, uninitialised
    // memory).
    unsafe {
        (links as *mut GcLinks).write(GcLinks {
            prev: Cell::new(std::ptr::null()),
            next: Cell::new(std::ptr::null()),
        });
        link_tail(links)
    };
    COUNT.with(|c| c.set(c.get() + 1));
    STATE.with(|s| {
        let n = s.count0.get() + 1;
        s.count0.set(n);
        if n > s.thresholds.get()[0]
            && s.thresholds.get()[0] > 0
            && s.enabled.get()
            && !s.collecting.get()
            && !s.pending.get()
        {
            s.pending.set(true);
            let vm = CURRENT_VM.with(|v| v.get());
            if !vm.is_null() {
                // SAFETY: CURRENT_VM is set while the Vm is alive on this thread.
                unsafe { (*vm).thread.interrupt.set(true) };
            }
        }
    });
}

/// Unlinks a container that is being freed.
pub(crate) fn untrack(links: *const GcLinks) {
    // SAFETY: `links` is either unlinked (null neighbours) or in the list with live neighbours.
    unsafe {
        if (*links).prev.get().is_null() || (*links).next.get().is_null() {
            return;
        }
        unlink(links);
    }
    COUNT.with(|c| c.set(c.get() - 1));
    STATE.with(|s| {
        if s.count0.get() > 0 {
            s.count0.set(s.count0.get() - 1);
        }
    });
    FINALIZED.with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            if !f.is_empty() {
                // SAFETY: the links belong to the object being freed.
                f.remove(&(unsafe { object_of_gc_links(links) } as usize));
            }
        }
    });
}

/// Number of tracked containers.
pub fn tracked_count() -> usize {
    COUNT.with(|c| c.get())
}

/// Whether the object is in the tracked list.
pub fn is_tracked(v: &Value) -> bool {
    let Some(p) = v.header_ptr() else {
        return false;
    };
    if v.class().layout_flags & layout_flags::HAS_GC == 0 || is_immortal(p) {
        return false;
    }
    // SAFETY: the type has GC links before the header; `v` keeps the object alive.
    unsafe { !(*gc_links_of(p)).next.get().is_null() }
}

/// Immortal objects (built-in types, singletons) are allocated without GC links even when
/// their type has `HAS_GC`; they are never tracked.
fn is_immortal(p: *const ObjHeader) -> bool {
    // SAFETY: callers pass live objects.
    unsafe { refcnt_raw(p) >= crate::object::IMMORTAL / 2 }
}

/// Calls `__del__` on an object about to be freed (its count is temporarily 1).
pub(crate) fn call_finalizer(obj: *const ObjHeader) {
    if FINALIZED.with(|f| f.try_borrow().is_ok_and(|f| f.contains(&(obj as usize)))) {
        return;
    }
    let vm = CURRENT_VM.with(|v| v.get());
    if vm.is_null() {
        return;
    }
    // SAFETY: CURRENT_VM is set by `Vm::enter` for as long as the Vm is alive on this thread,
    // and `obj` is a live object with a temporary reference held by the caller.
    unsafe {
        let vm = &*vm;
        let v = std::mem::ManuallyDrop::new(Value::from_owned_ptr(obj));
        crate::ops::call_del(vm, &v);
    }
}

/// Called at the evaluation loop's safe points when its interrupt flag is set: runs a pending
/// automatic collection. Returns whether one was pending (else the interrupt is a real one).
pub fn run_pending(vm: &crate::vm::Vm) -> bool {
    let pending = STATE.with(|s| s.pending.replace(false));
    if pending {
        collect_automatic(vm);
    }
    pending
}

/// An automatic collection: the young generation, or everything when the old generation has
/// grown by a quarter since the last full collection. CPython: gcmodule.c gc_collect_generations.
fn collect_automatic(vm: &crate::vm::Vm) {
    let full = STATE.with(|s| {
        let [_, t1, t2] = s.thresholds.get();
        s.count1.get() >= t1.max(1) * t2.max(1)
            && s.long_lived_pending.get() > s.long_lived_total.get() / 4
    });
    crate::gcmodule::collect_with_callbacks(vm, if full { 2 } else { 0 });
}

/// What a collection found.
pub struct Collected {
    /// Unreachable objects found (what `gc.collect()` returns).
    pub unreachable: usize,
}

/// Encoding of a candidate's `prev` word during a collection: bit 0 marks a candidate, bit 1
/// a reachable one, the rest is the count of references from outside the candidates.
const IN_SET: usize = 1;
const REACHABLE: usize = 2;
const REFS_SHIFT: u32 = 2;

/// The GC links of the object `v` refers to, if it is a tracked container.
fn links_of_value(v: &Value) -> Option<*const GcLinks> {
    let p = v.header_ptr()?;
    if v.class().layout_flags & layout_flags::HAS_GC == 0 || is_immortal(p) {
        return None;
    }
    // SAFETY: the type has GC links before the header.
    Some(unsafe { gc_links_of(p) })
}

/// Finds which of `nodes` are reachable from outside the set. `extra[i]` references to node
/// `i` are held by the collector itself and do not count. Uses the nodes' `prev` words as
/// scratch (the caller relinks them afterwards). Returns the unreachable ones.
///
/// # Safety
/// Every node must be the GC links of a live object, unlinked from the list (its `prev` and
/// `next` words are free for scratch use).
unsafe fn find_unreachable(nodes: &[*const GcLinks], extra: usize) -> Vec<*const GcLinks> {
    // SAFETY: per the caller, every node is live and its `prev` word is scratch space.
    unsafe {
        for &n in nodes {
            let rc = refcnt_raw(object_of_gc_links(n)).saturating_sub(extra);
            (*n).prev
                .set(((rc << REFS_SHIFT) | IN_SET) as *const GcLinks);
        }
        // Subtract the references the candidates hold to one another.
        for &n in nodes {
            traverse_raw(object_of_gc_links(n), &mut |v| {
                if let Some(l) = links_of_value(v) {
                    let w = (*l).prev.get() as usize;
                    if w & IN_SET != 0 && (w >> REFS_SHIFT) > 0 {
                        (*l).prev.set((w - (1 << REFS_SHIFT)) as *const GcLinks);
                    }
                }
            });
        }
        // What is referenced from outside is reachable, and so is all it reaches.
        let mut work: Vec<*const GcLinks> = Vec::new();
        for &n in nodes {
            let w = (*n).prev.get() as usize;
            if w >> REFS_SHIFT > 0 {
                (*n).prev.set((w | REACHABLE) as *const GcLinks);
                work.push(n);
            }
        }
        while let Some(n) = work.pop() {
            traverse_raw(object_of_gc_links(n), &mut |v| {
                if let Some(l) = links_of_value(v) {
                    let w = (*l).prev.get() as usize;
                    if w & IN_SET != 0 && w & REACHABLE == 0 {
                        (*l).prev.set((w | REACHABLE) as *const GcLinks);
                        work.push(l);
                    }
                }
            });
        }
        nodes
            .iter()
            .copied()
            .filter(|&n| (*n).prev.get() as usize & REACHABLE == 0)
            .collect()
    }
}

/// Collects the young generation (`full == false`) or every tracked object.
pub fn collect(vm: &crate::vm::Vm, full: bool) -> Collected {
    let already = STATE.with(|s| s.collecting.replace(true));
    if already {
        return Collected { unreachable: 0 };
    }
    let h = head();
    let y = young();
    // Take the candidates out of the list.
    let mut nodes: Vec<*const GcLinks> = Vec::new();
    // SAFETY: all list nodes are live; we only walk and unlink them.
    unsafe {
        let mut n = if full {
            (*old()).next.get()
        } else {
            (*y).next.get()
        };
        while n != h {
            let next = (*n).next.get();
            if n != y {
                nodes.push(n);
            }
            n = next;
        }
        for &n in &nodes {
            unlink(n);
        }
    }
    // SAFETY: the nodes are live objects, unlinked above.
    let unreachable = unsafe { find_unreachable(&nodes, 0) };
    // Relink everything as old (the sentinel of the young generation goes to the tail), and
    // hold a reference to each unreachable object while it is finalized and cleared.
    // SAFETY: the nodes are unlinked live objects; the sentinel is live.
    let held: Vec<Value> = unsafe {
        for &n in &nodes {
            (*n).prev.set(std::ptr::null());
            link_tail(n);
        }
        unlink(y);
        link_tail(y);
        unreachable
            .iter()
            .map(|&n| Value::from_borrowed_ptr(object_of_gc_links(n)))
            .collect()
    };
    let managed = managed_dicts(&held);
    let found = held.iter().filter(|v| !managed.contains(&v.raw())).count();
    STATE.with(|s| {
        s.count0.set(0);
        if full {
            s.count1.set(0);
            s.count2.set(0);
            s.long_lived_pending.set(0);
            s.long_lived_total.set(nodes.len() - unreachable.len());
        } else {
            s.count1.set(s.count1.get() + 1);
            s.long_lived_pending
                .set(s.long_lived_pending.get() + nodes.len() - unreachable.len());
        }
    });
    if !held.is_empty() {
        // Weak references to garbage die first, and the callbacks of those that are not
        // garbage themselves run (CPython: handle_weakrefs).
        handle_weakrefs(vm, &held);
        // Finalize once (CPython: finalize_garbage).
        for v in &held {
            let has_del = v.class().has_finalizer();
            let addr = v.header_ptr().map(|p| p as usize).unwrap_or(0);
            let done = FINALIZED.with(|f| f.borrow().contains(&addr));
            if has_del && !done {
                FINALIZED.with(|f| f.borrow_mut().insert(addr));
                crate::ops::call_del(vm, v);
            }
        }
        // Objects a finalizer made reachable again are left alone (CPython:
        // handle_resurrected_objects).
        // SAFETY: every held object is live (we hold a reference) and linked in the list; we
        // unlink them for the check and link them back.
        let still: Vec<*const GcLinks> = unsafe {
            let links: Vec<*const GcLinks> = held
                .iter()
                .filter_map(|v| v.header_ptr().map(|p| gc_links_of(p)))
                .filter(|&l| !(*l).next.get().is_null())
                .collect();
            for &l in &links {
                unlink(l);
            }
            let still = find_unreachable(&links, 1);
            for &l in &links {
                (*l).prev.set(std::ptr::null());
                link_tail(l);
            }
            still
        };
        // Break the cycles (CPython: delete_garbage).
        for &l in &still {
            // SAFETY: held above, so still alive.
            unsafe { clear_raw(object_of_gc_links(l)) };
        }
        drop(held);
    }
    STATE.with(|s| s.collecting.set(false));
    Collected { unreachable: found }
}

/// Clears every weak reference to the unreachable objects `held`, then calls the callbacks of
/// the cleared references that are not unreachable themselves. CPython: gcmodule.c
/// handle_weakrefs.
fn handle_weakrefs(vm: &crate::vm::Vm, held: &[Value]) {
    let mut refs = Vec::new();
    for v in held {
        if let Some(p) = v.header_ptr() {
            // SAFETY: `held` keeps every object alive.
            unsafe {
                if has_weakrefs(p) {
                    refs.extend(take_weakrefs(p));
                }
            }
        }
    }
    if refs.is_empty() {
        return;
    }
    let garbage: HashSet<usize> = held.iter().map(|v| v.raw()).collect();
    let skip: Vec<usize> = refs
        .iter()
        .map(|r| r.raw())
        .filter(|a| garbage.contains(a))
        .collect();
    crate::weakrefobject::call_callbacks(vm, &refs, &skip);
}

/// Runs `f` with the interpreter of this thread, if one is running (for work triggered by
/// deallocation, such as weak-reference callbacks).
pub(crate) fn with_current_vm(f: impl FnOnce(&crate::vm::Vm)) {
    let vm = CURRENT_VM.with(|v| v.get());
    if vm.is_null() {
        return;
    }
    // SAFETY: CURRENT_VM is set while the Vm is alive on this thread.
    unsafe { f(&*vm) }
}

/// The addresses of the `__dict__`s of `objs` (CPython 3.12 keeps instance attributes inline,
/// so such dicts are not objects of their own and are not counted as garbage).
fn managed_dicts(objs: &[Value]) -> HashSet<usize> {
    let mut out = HashSet::new();
    for o in objs {
        if let Some(slot) = o.managed_dict() {
            let d = slot.take();
            if let Some(d) = &d {
                out.insert(d.raw());
            }
            slot.set(d);
        }
    }
    out
}

/// The objects that refer to any of `targets` (`gc.get_referrers`).
pub fn referrers(targets: &[Value]) -> Vec<Value> {
    let h = head();
    let mut out = Vec::new();
    // SAFETY: all list nodes are live objects (or the sentinels, skipped).
    unsafe {
        let mut n = (*h).next.get();
        while n != h {
            if !is_sentinel(n) {
                let obj = object_of_gc_links(n);
                let mut hit = false;
                traverse_raw(obj, &mut |v| {
                    if targets.iter().any(|t| t.is(v)) {
                        hit = true;
                    }
                });
                if hit {
                    out.push(Value::from_borrowed_ptr(obj));
                }
            }
            n = (*n).next.get();
        }
    }
    out
}

/// Every tracked object (`gc.get_objects`).
pub fn all_objects() -> Vec<Value> {
    let h = head();
    let mut out = Vec::new();
    // SAFETY: all list nodes are live objects (or the sentinels, skipped).
    unsafe {
        let mut n = (*h).next.get();
        while n != h {
            if !is_sentinel(n) {
                out.push(Value::from_borrowed_ptr(object_of_gc_links(n)));
            }
            n = (*n).next.get();
        }
    }
    out
}
