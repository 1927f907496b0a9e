//! The object core: how a Python value is represented in memory. A `Value` is one machine word,
//! either a small int carried in the word itself (low bit 1) or a pointer to a heap object whose
//! 16-byte header holds a non-atomic reference count and the type pointer, as CPython's
//! `PyObject`. Heap objects are `Obj<T>`: the header followed by a Rust payload `T`; containers
//! that the cycle collector tracks, and instances with a `__dict__`, carry a pre-header before the
//! header (CPython 3.12's managed dict and GC links live there too). This module owns allocation,
//! reference counting, deallocation (with CPython's "trashcan" so that freeing a long chain
//! never recurses deeply) and typed downcasting. It is one of the few modules allowed `unsafe`;
//! every site says why it is sound. CPython counterparts: Include/object.h, Objects/object.c.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::any::TypeId;
use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::{align_of, size_of, ManuallyDrop};
use std::num::NonZeroUsize;
use std::ops::Deref;
use std::ptr::NonNull;

use crate::typeobject::TypeData;

/// A reference count at or above this value marks an immortal object (the built-in types,
/// `None`, `True`, ...). It is never decremented to zero in practice, so increments need no test.
pub const IMMORTAL: usize = 1 << 62;
/// What `sys.getrefcount` reports for an immortal object, as CPython 3.12 on 64-bit platforms.
pub const IMMORTAL_REPORTED: usize = u32::MAX as usize;

/// Flags of a type (`tp_flags`) that decide the memory layout of its instances.
pub mod layout_flags {
    /// Instances are tracked by the cycle collector and carry GC links before the header.
    pub const HAS_GC: u64 = 1 << 14;
    /// Instances carry a `__dict__` slot (and a weak-reference list) before the header.
    pub const MANAGED_DICT: u64 = 1 << 4;
    /// Instances can be weakly referenced (CPython: `tp_weaklistoffset != 0`); they carry the
    /// weak-reference list word before the header (shared with `MANAGED_DICT`'s pair).
    pub const WEAKREFABLE: u64 = 1 << 5;
    /// Either bit: the pre-header has a weak-list word.
    pub const HAS_WEAKLIST: u64 = MANAGED_DICT | WEAKREFABLE;
}

/// Every heap object starts with this header: 16 bytes, as CPython's `PyObject`.
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<usize>,
    ty: Cell<*const Obj<TypeData>>,
}

/// A heap object with payload `T`.
#[repr(C)]
pub struct Obj<T> {
    header: ObjHeader,
    data: T,
}

impl<T> Deref for Obj<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.data
    }
}

impl<T> Obj<T> {
    /// The type of this object.
    #[inline(always)]
    pub fn class(&self) -> &Obj<TypeData> {
        // SAFETY: the type pointer of a live object always points to a live type object: every
        // instance of a heap type holds a reference to it, and built-in types are immortal.
        unsafe { &*self.header.ty.get() }
    }

    /// A new owned reference to this object.
    #[inline]
    pub fn to_value(&self) -> Value {
        let p = self as *const Obj<T> as *const ObjHeader;
        // SAFETY: `self` is a live object, so taking a new reference to it is sound.
        unsafe { Value::from_borrowed_ptr(p) }
    }

    /// A new owned typed reference to this object.
    #[inline]
    pub fn to_ref(&self) -> PyRef<T> {
        self.incref();
        PyRef {
            ptr: NonNull::from(self),
            _marker: PhantomData,
        }
    }

    #[inline(always)]
    fn incref(&self) {
        self.header.refcnt.set(self.header.refcnt.get() + 1);
    }

    /// The current reference count (`sys.getrefcount` adds its own argument's reference).
    pub fn refcount(&self) -> usize {
        self.header.refcnt.get()
    }

    /// This object's address, for `id()` and `is`.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self as *const Obj<T> as usize
    }
}

/// A Rust type that can be the payload of a Python object. `traverse` reports every `Value`
/// the payload holds (for the cycle collector); `clear` drops them to break a cycle.
pub trait Payload: Sized + 'static {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn clear(&self) {}
}

/// What a type knows about the Rust payload of its instances (inherited by subclasses).
#[derive(Clone, Copy)]
pub struct PayloadInfo {
    pub id: TypeId,
    pub name: &'static str,
    /// Drops the payload in place and frees the memory.
    drop: unsafe fn(*const ObjHeader),
    traverse: unsafe fn(*const ObjHeader, &mut dyn FnMut(&Value)),
    clear: unsafe fn(*const ObjHeader),
    /// The size class of an instance without pre-header, when the payload needs no drop (a
    /// float, a range iterator...): such an instance of an immortal type without layout flags
    /// is freed by putting its block back on the free list, nothing else.
    plain_class: Option<usize>,
}

impl PayloadInfo {
    pub fn of<T: Payload>() -> PayloadInfo {
        let plain_class = if std::mem::needs_drop::<T>() {
            None
        } else {
            small_class(Layout::new::<Obj<T>>()).map(|(c, _)| c)
        };
        PayloadInfo {
            id: TypeId::of::<T>(),
            name: std::any::type_name::<T>(),
            drop: drop_object::<T>,
            traverse: traverse_object::<T>,
            clear: clear_object::<T>,
            plain_class,
        }
    }
}

/// Size of the pre-header for a type's flags: GC links (16 bytes), then `__dict__` and the
/// weak-reference list (16 bytes), or the weak-reference list alone (8 bytes), each present
/// only when the flags ask for it. The weak-list word is always the one just before the GC
/// links (or the header).
#[inline]
fn pre_header_size(flags: u64) -> usize {
    let mut n = 0;
    if flags & layout_flags::HAS_GC != 0 {
        n += size_of::<GcLinks>();
    }
    if flags & layout_flags::MANAGED_DICT != 0 {
        n += 2 * size_of::<usize>();
    } else if flags & layout_flags::WEAKREFABLE != 0 {
        n += size_of::<usize>();
    }
    n
}

fn object_layout<T>(flags: u64) -> (Layout, usize) {
    let pre = pre_header_size(flags);
    let align = align_of::<Obj<T>>().max(align_of::<usize>());
    // `pre` is a multiple of 8 and payloads with larger alignment are not used, so the header
    // stays aligned.
    debug_assert!(pre % align == 0 || align <= 8);
    match Layout::from_size_align(pre + size_of::<Obj<T>>(), align) {
        Ok(l) => (l, pre),
        Err(_) => handle_alloc_error(Layout::new::<Obj<T>>()),
    }
}

/// Links of the cycle collector's list of tracked containers (CPython's `PyGC_Head`).
#[repr(C)]
pub struct GcLinks {
    pub prev: Cell<*const GcLinks>,
    pub next: Cell<*const GcLinks>,
}

/// Allocates a new object of type `ty` (whose instances must have payload `T`), with reference
/// count 1. Instances of heap types hold a reference to their type.
pub fn alloc_object<T: Payload>(ty: &Obj<TypeData>, data: T) -> PyRef<T> {
    assert!(
        ty.payload.id == TypeId::of::<T>(),
        "object of payload {} allocated for type with payload {}",
        std::any::type_name::<T>(),
        ty.payload.name
    );
    let flags = ty.layout_flags;
    let (layout, pre) = object_layout::<T>(flags);
    let base = small_alloc(layout);
    // SAFETY: `base` is a fresh allocation of `layout`, large enough for the pre-header followed
    // by `Obj<T>`, and suitably aligned for both.
    unsafe {
        let obj = base.add(pre) as *mut Obj<T>;
        if flags & layout_flags::MANAGED_DICT != 0 {
            let slots = base.add(pre - dict_offset_from_header(flags)) as *mut usize;
            slots.write(0);
        }
        if flags & layout_flags::HAS_WEAKLIST != 0 {
            (base.add(pre - weaklist_offset_from_header(flags)) as *mut usize).write(0);
        }
        if !ty.is_immortal() {
            ty.incref();
        }
        obj.write(Obj {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(ty as *const _),
            },
            data,
        });
        if flags & layout_flags::HAS_GC != 0 {
            crate::gc::track(gc_links_of(obj as *const ObjHeader));
        }
        PyRef {
            ptr: NonNull::new_unchecked(obj),
            _marker: PhantomData,
        }
    }
}

/// `alloc_object` for the instances that are made and freed most often (floats): when `ty`
/// is an immortal type without layout flags and a block of the right size is on the free
/// list, the object is made in place with no further checks (CPython keeps a free list of
/// floats for the same reason, floatobject.c `PyFloat_FromDouble`).
#[inline(always)]
pub fn alloc_plain<T: Payload>(ty: &Obj<TypeData>, data: T) -> PyRef<T> {
    let Some((class, _)) = small_class(Layout::new::<Obj<T>>()) else {
        return alloc_object(ty, data);
    };
    if ty.layout_flags != 0 || !ty.is_immortal() || ty.payload.id != TypeId::of::<T>() {
        return alloc_object(ty, data);
    }
    let block = SMALL_POOL.with(|p| {
        let head = p.heads[class].get();
        if !head.is_null() {
            // SAFETY: a block on the free list is an unused allocation of this class whose
            // first word holds the next free block (written by `small_free`).
            let next = unsafe { (head as *const *mut u8).read() };
            p.heads[class].set(next);
            p.counts[class].set(p.counts[class].get() - 1);
        }
        head
    });
    if block.is_null() {
        return alloc_object(ty, data);
    }
    // SAFETY: `block` is an unused block of the size class of `Obj<T>` (8-aligned, and `T`'s
    // alignment is at most 8 since `small_class` accepted the layout). The type has no layout
    // flags, so there is no pre-header and it is not tracked by the collector; it is immortal,
    // so the instance holds no reference to it; its payload is `T` (checked above).
    unsafe {
        let obj = block as *mut Obj<T>;
        obj.write(Obj {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(ty as *const _),
            },
            data,
        });
        PyRef {
            ptr: NonNull::new_unchecked(obj),
            _marker: PhantomData,
        }
    }
}

/// Allocates an immortal object whose type pointer is filled in later (for bootstrapping the
/// built-in types, which are instances of `type` before `type` exists).
pub(crate) fn alloc_immortal_uninit_type<T: Payload>(data: T) -> &'static Obj<T> {
    let obj = Box::new(Obj {
        header: ObjHeader {
            refcnt: Cell::new(IMMORTAL),
            ty: Cell::new(std::ptr::null()),
        },
        data,
    });
    Box::leak(obj)
}

/// Sets the type pointer of an object made by `alloc_immortal_uninit_type`.
pub(crate) fn set_type_of_immortal<T: Payload>(obj: &Obj<T>, ty: &'static Obj<TypeData>) {
    // Every object's payload is its type's (`downcast` and `exact` rely on it).
    assert!(
        ty.payload.id == TypeId::of::<T>(),
        "immortal object of payload {} given a type with payload {}",
        std::any::type_name::<T>(),
        ty.payload.name
    );
    obj.header.ty.set(ty as *const _);
}

/// Allocates an immortal object (never freed), for singletons such as `None`.
pub(crate) fn alloc_immortal<T: Payload>(ty: &'static Obj<TypeData>, data: T) -> &'static Obj<T> {
    let obj = alloc_immortal_uninit_type(data);
    set_type_of_immortal(obj, ty);
    obj
}

#[inline(always)]
fn dict_offset_from_header(flags: u64) -> usize {
    // The dict slot and the weak-list slot sit just before the GC links (if any).
    let gc = if flags & layout_flags::HAS_GC != 0 {
        size_of::<GcLinks>()
    } else {
        0
    };
    gc + 2 * size_of::<usize>()
}

#[inline(always)]
fn weaklist_offset_from_header(flags: u64) -> usize {
    // The weak-list word sits just before the GC links (if any).
    let gc = if flags & layout_flags::HAS_GC != 0 {
        size_of::<GcLinks>()
    } else {
        0
    };
    gc + size_of::<usize>()
}

/// The GC links of a tracked object.
///
/// # Safety
/// `obj` must be a live object whose type has `HAS_GC`.
#[inline]
pub(crate) unsafe fn gc_links_of(obj: *const ObjHeader) -> *const GcLinks {
    // SAFETY: the caller guarantees that the pre-header holds GC links right before the header.
    unsafe { (obj as *const u8).sub(size_of::<GcLinks>()) as *const GcLinks }
}

/// The object whose GC links are at `links`.
///
/// # Safety
/// `links` must be the GC links of a live tracked object.
#[inline]
pub(crate) unsafe fn object_of_gc_links(links: *const GcLinks) -> *const ObjHeader {
    // SAFETY: GC links are immediately followed by the header (see `pre_header_size`).
    unsafe { (links as *const u8).add(size_of::<GcLinks>()) as *const ObjHeader }
}

/// Object blocks up to this size are kept on per-size free lists when freed and reused by the
/// next allocation of the same size (CPython keeps free lists of floats, tuples, frames...; one
/// mechanism here serves every small object: floats, bound methods, iterators...).
const SMALL_MAX: usize = 128;
const SMALL_CLASSES: usize = SMALL_MAX / 8 + 1;
/// Most blocks a free list keeps; beyond, freed blocks go back to the allocator.
const SMALL_KEEP: u32 = 4096;

struct SmallPool {
    /// Per size class (size / 8): the first free block (its first word links to the next), or
    /// null.
    heads: [Cell<*mut u8>; SMALL_CLASSES],
    counts: [Cell<u32>; SMALL_CLASSES],
}

thread_local! {
    static SMALL_POOL: SmallPool = const {
        SmallPool {
            heads: [const { Cell::new(std::ptr::null_mut()) }; SMALL_CLASSES],
            counts: [const { Cell::new(0) }; SMALL_CLASSES],
        }
    };
}

/// The layout every block of a small size class is allocated and freed with.
#[inline(always)]
fn small_class(layout: Layout) -> Option<(usize, Layout)> {
    if layout.size() <= SMALL_MAX && layout.align() <= 8 {
        let class = layout.size().div_ceil(8);
        // Sizes up to SMALL_MAX with alignment 8 are always valid layouts.
        Layout::from_size_align(class * 8, 8)
            .ok()
            .map(|l| (class, l))
    } else {
        None
    }
}

/// Allocates a block for `layout`, from the free lists when one of its size is there.
#[inline]
fn small_alloc(layout: Layout) -> *mut u8 {
    let layout = match small_class(layout) {
        Some((class, l)) => {
            let reused = SMALL_POOL.with(|p| {
                let head = p.heads[class].get();
                if !head.is_null() {
                    // SAFETY: a block on the free list is an unused allocation of this class
                    // whose first word holds the next free block (written by `small_free`).
                    let next = unsafe { (head as *const *mut u8).read() };
                    p.heads[class].set(next);
                    p.counts[class].set(p.counts[class].get() - 1);
                }
                head
            });
            if !reused.is_null() {
                return exposed(reused);
            }
            l
        }
        None => layout,
    };
    // SAFETY: the layout has non-zero size (it holds at least the 16-byte header).
    let base = unsafe { alloc(layout) };
    if base.is_null() {
        handle_alloc_error(layout);
    }
    exposed(base)
}

/// Marks the allocation's own (writable) pointer as exposed: values hold objects as integers
/// (`Value`), and the pointers rebuilt from them must be allowed to write and finally drop the
/// object, which a pointer derived from a shared `&Obj` would not be (Miri's Stacked Borrows).
/// Costs nothing at run time.
#[inline(always)]
fn exposed(base: *mut u8) -> *mut u8 {
    let _ = base.expose_provenance();
    base
}

/// Frees a block `small_alloc` returned for `layout`.
///
/// # Safety
/// `base` came from `small_alloc(layout)` and is no longer used.
#[inline]
unsafe fn small_free(base: *mut u8, layout: Layout) {
    match small_class(layout) {
        // SAFETY: a small block was allocated with the layout of its size class.
        Some((class, _)) => unsafe { small_free_class(base, class) },
        // SAFETY: allocated with `layout` by `small_alloc`.
        None => unsafe { dealloc(base, layout) },
    }
}

/// `small_free` for a block of size class `class`.
///
/// # Safety
/// `base` came from `small_alloc` with a layout of size class `class` and is no longer used.
#[inline(always)]
unsafe fn small_free_class(base: *mut u8, class: usize) {
    let kept = SMALL_POOL.with(|p| {
        let n = p.counts[class].get();
        if n >= SMALL_KEEP {
            return false;
        }
        // SAFETY: the block is unused and at least 16 bytes, 8-aligned: its first word can
        // hold the link.
        unsafe { (base as *mut *mut u8).write(p.heads[class].get()) };
        p.heads[class].set(base);
        p.counts[class].set(n + 1);
        true
    });
    if !kept {
        if let Ok(l) = Layout::from_size_align(class * 8, 8) {
            // SAFETY: small blocks are allocated with their class layout.
            unsafe { dealloc(base, l) };
        }
    }
}

thread_local! {
    /// An empty instance dict kept for the next instance (a raw `Value`, 0 for none; see
    /// `dict::release_instance_dict`). A plain word, so that the thread's exit drops nothing.
    static SPARE_DICT: Cell<usize> = const { Cell::new(0) };
}

/// Keeps `d` (an empty dict that no one else holds) as the spare instance dict; gives it back
/// when one is kept already.
pub(crate) fn put_spare_dict(d: Value) -> Result<(), Value> {
    SPARE_DICT.with(|s| {
        if s.get() == 0 {
            s.set(d.into_raw());
            Ok(())
        } else {
            Err(d)
        }
    })
}

/// The spare instance dict, if one is kept.
pub(crate) fn take_spare_dict() -> Option<Value> {
    let raw = SPARE_DICT.with(|s| s.replace(0));
    // SAFETY: a nonzero word is the reference `put_spare_dict` gave away with `into_raw`.
    unsafe { Value::from_raw_opt(raw) }
}

thread_local! {
    /// Depth of nested deallocations, and the objects whose freeing was deferred because the
    /// depth limit was reached (CPython's trashcan mechanism, Include/cpython/object.h).
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether DEFERRED may hold objects (saves looking at the queue on every deallocation).
    static HAS_DEFERRED: Cell<bool> = const { Cell::new(false) };
}

const TRASHCAN_DEPTH: u32 = 50;

/// Frees an object whose reference count reached zero.
///
/// # Safety
/// `obj` must be a live heap object with a reference count of zero and no other users.
#[inline(never)]
unsafe fn dealloc_object(obj: *const ObjHeader) {
    // SAFETY: the object is live until it is freed; its type outlives it.
    let ty = unsafe { &*(*obj).ty.get() };
    if let Some(class) = ty.payload.plain_class {
        if ty.layout_flags == 0 && ty.is_immortal() && !ty.has_finalizer() {
            // SAFETY: a payload without drop glue, no pre-header, no reference to the type:
            // freeing the block is all there is to do (see `drop_object`), and it was
            // allocated with the layout of its size class.
            unsafe { small_free_class(obj as *mut u8, class) };
            return;
        }
    }
    // SAFETY: as above.
    unsafe { dealloc_object_general(obj, ty) }
}

/// `dealloc_object` for objects with a finalizer, a pre-header or a payload to drop.
///
/// # Safety
/// As `dealloc_object`; `ty` is the object's type.
#[cold]
#[inline(never)]
unsafe fn dealloc_object_general(obj: *const ObjHeader, ty: &Obj<TypeData>) {
    if ty.has_finalizer() {
        // `__del__` may resurrect the object: it runs with a temporary reference.
        // SAFETY: the object is still fully alive here.
        unsafe { (*obj).refcnt.set(1) };
        crate::gc::call_finalizer(obj);
        // SAFETY: as above; the finalizer returned and the object is still allocated.
        let rc = unsafe { (*obj).refcnt.get() } - 1;
        unsafe { (*obj).refcnt.set(rc) };
        if rc > 0 {
            return;
        }
    }
    // SAFETY: as above; the finalizer (if any) has run and left the object dead.
    unsafe { release_dead(obj, ty) }
}

/// Drops the payload of a dead object and frees it, or defers that while deallocations are
/// nested deeper than `TRASHCAN_DEPTH` (a long chain of objects each holding the next), so
/// that freeing a chain never recurses deeply on the Rust stack (CPython: the trashcan).
///
/// A deferred object leaves the collector's list at once: it is dead (reference count zero)
/// and must not be taken for unreachable garbage by a collection that runs before it is freed
/// (a `__del__` run by the deallocations in between can start one), which would free it a
/// second time. CPython's deallocators untrack an object before they enter the trashcan.
///
/// # Safety
/// `obj` must be a dead heap object (reference count zero, no other users, finalized) of
/// type `ty`.
unsafe fn release_dead(obj: *const ObjHeader, ty: &Obj<TypeData>) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        if ty.layout_flags & layout_flags::HAS_GC != 0 {
            // SAFETY: a heap object of a type with GC links has them before its header;
            // `untrack` leaves an untracked object alone.
            crate::gc::untrack(unsafe { gc_links_of(obj) });
        }
        DEFERRED.with(|q| q.borrow_mut().push(obj as usize));
        HAS_DEFERRED.with(|h| h.set(true));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the type's payload drop function matches the payload this object was allocated
    // with (`alloc_object` checked the TypeId), and the object has no other users.
    unsafe { (ty.payload.drop)(obj) };
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 && HAS_DEFERRED.with(|h| h.get()) {
        HAS_DEFERRED.with(|h| h.set(false));
        loop {
            let next = DEFERRED.with(|q| q.borrow_mut().pop());
            match next {
                // SAFETY: deferred objects were dead with refcount zero when queued, already
                // finalized, and out of the collector's reach: nothing can have revived them.
                Some(p) => unsafe {
                    let p = p as *const ObjHeader;
                    release_dead(p, &*(*p).ty.get())
                },
                None => break,
            }
        }
    }
}

/// Drops the payload, the managed dict and the type reference of an object, then frees it.
///
/// # Safety
/// `obj` must point to a dead `Obj<T>` allocated by `alloc_object::<T>`.
unsafe fn drop_object<T: Payload>(obj: *const ObjHeader) {
    // SAFETY: guaranteed by the caller; we read the type before the payload is gone.
    unsafe {
        let ty_ptr = (*obj).ty.get();
        let ty = &*ty_ptr;
        let flags = ty.layout_flags;
        let (layout, pre) = object_layout::<T>(flags);
        if flags & layout_flags::HAS_GC != 0 {
            crate::gc::untrack(gc_links_of(obj));
        }
        // Weak references die before the payload (CPython: subtype_dealloc calls
        // PyObject_ClearWeakRefs first); an object without any pays one test of its word.
        if flags & layout_flags::HAS_WEAKLIST != 0 {
            let wl = (obj as *const u8).sub(weaklist_offset_from_header(flags)) as *const usize;
            if wl.read() != 0 {
                let refs = take_weakrefs(obj);
                crate::weakrefobject::handle_callbacks(refs);
            }
        }
        let typed = obj as *mut Obj<T>;
        std::ptr::drop_in_place(&mut (*typed).data);
        if flags & layout_flags::MANAGED_DICT != 0 {
            let slot = (obj as *const u8).sub(dict_offset_from_header(flags)) as *mut usize;
            if let Some(d) = Value::from_raw_opt(slot.read()) {
                crate::objects::dict::release_instance_dict(d);
            }
        }
        let base = (obj as *mut u8).sub(pre);
        small_free(base, layout);
        if !ty.is_immortal() {
            // The instance's reference to its (heap) type.
            drop(Value::from_owned_ptr(ty_ptr as *const ObjHeader));
        }
    }
}

unsafe fn traverse_object<T: Payload>(obj: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the caller passes a live object of payload `T`.
    unsafe {
        let typed = &*(obj as *const Obj<T>);
        typed.data.traverse(visit);
        let flags = typed.class().layout_flags;
        if flags & layout_flags::MANAGED_DICT != 0 {
            let slot = (obj as *const u8).sub(dict_offset_from_header(flags)) as *const usize;
            let d = ManuallyDrop::new(Value::from_raw_opt(slot.read()));
            if let Some(v) = d.as_ref() {
                visit(v);
            }
        }
        // An instance holds a reference to its heap type (CPython: subtype_traverse).
        let ty = typed.class();
        if !ty.is_immortal() {
            let t = ManuallyDrop::new(Value::from_owned_ptr(
                ty as *const Obj<TypeData> as *const ObjHeader,
            ));
            visit(&t);
        }
    }
}

unsafe fn clear_object<T: Payload>(obj: *const ObjHeader) {
    // SAFETY: the caller passes a live object of payload `T`.
    unsafe {
        let typed = &*(obj as *const Obj<T>);
        let flags = typed.class().layout_flags;
        if flags & layout_flags::MANAGED_DICT != 0 {
            let slot = (obj as *const u8).sub(dict_offset_from_header(flags)) as *mut usize;
            let old = slot.read();
            slot.write(0);
            drop(Value::from_raw_opt(old));
        }
        typed.data.clear();
    }
}

/// An owned reference to a Python value: a small int in the word itself, or a counted pointer
/// to a heap object. Cloning increments the count; dropping decrements it and frees the object
/// at zero.
#[repr(transparent)]
pub struct Value(NonZeroUsize);

/// Small ints use 62 bits, so that `a + b` of two small ints never overflows an `i64`.
pub const SMALL_INT_MAX: i64 = (1 << 61) - 1;
pub const SMALL_INT_MIN: i64 = -(1 << 61);

impl Value {
    /// A small int, if `i` fits in the tagged representation.
    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::small_int_unchecked(i))
        } else {
            None
        }
    }

    /// A small int known to be in range.
    #[inline(always)]
    pub fn small_int_unchecked(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        let w = ((i as usize) << 1) | 1;
        // SAFETY: the low bit is set, so the word is non-zero.
        Value(unsafe { NonZeroUsize::new_unchecked(w) })
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 != 0
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The small int in `v` (a frame slot's value, say), if it holds one: a single test, since
    /// the word of an empty slot is zero (no tag).
    #[inline(always)]
    pub fn small_int_in(v: Option<&Value>) -> Option<i64> {
        let w = v.map_or(0, |v| v.0.get());
        if w & 1 != 0 {
            Some((w as i64) >> 1)
        } else {
            None
        }
    }

    /// The raw word (tagged int or pointer), for identity (`is`) and `id()`.
    #[inline(always)]
    pub fn raw(&self) -> usize {
        self.0.get()
    }

    /// Turns the value into its raw word without dropping the reference.
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        ManuallyDrop::new(self).0.get()
    }

    /// Takes back a reference given away by `into_raw`.
    ///
    /// # Safety
    /// `raw` must come from `into_raw` and be used once.
    #[inline(always)]
    pub unsafe fn from_raw(raw: usize) -> Value {
        // SAFETY: `into_raw` words are never zero.
        Value(unsafe { NonZeroUsize::new_unchecked(raw) })
    }

    /// `from_raw` for a word that may be 0 (no value).
    ///
    /// # Safety
    /// As `from_raw`.
    #[inline(always)]
    pub(crate) unsafe fn from_raw_opt(raw: usize) -> Option<Value> {
        NonZeroUsize::new(raw).map(Value)
    }

    /// Takes ownership of one reference to a heap object.
    ///
    /// # Safety
    /// `p` must be a live heap object whose reference the caller owns.
    #[inline(always)]
    pub(crate) unsafe fn from_owned_ptr(p: *const ObjHeader) -> Value {
        // SAFETY: heap objects are 8-aligned and non-null, so the word is non-zero, low bit 0.
        Value(unsafe { NonZeroUsize::new_unchecked(p as usize) })
    }

    /// Makes a new reference to a heap object.
    ///
    /// # Safety
    /// `p` must be a live heap object.
    #[inline(always)]
    pub(crate) unsafe fn from_borrowed_ptr(p: *const ObjHeader) -> Value {
        // SAFETY: the caller guarantees `p` is live.
        unsafe {
            let h = &*p;
            h.refcnt.set(h.refcnt.get() + 1);
            Value::from_owned_ptr(p)
        }
    }

    #[inline(always)]
    pub(crate) fn header_ptr(&self) -> Option<*const ObjHeader> {
        if self.is_small_int() {
            None
        } else {
            Some(self.0.get() as *const ObjHeader)
        }
    }

    /// The type of this value.
    #[inline(always)]
    pub fn class(&self) -> &Obj<TypeData> {
        match self.header_ptr() {
            // SAFETY: `self` keeps the object alive, and the object keeps its type alive.
            Some(p) => unsafe { &*(*p).ty.get() },
            None => crate::types::int_type(),
        }
    }

    /// Whether two values are the same object (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The payload for writing, when this value is the only reference to its object and the
    /// object is an instance of exactly `ty` (payload `T`): nothing else can observe the change.
    /// The evaluation loop reuses a temporary float for the result of an operation on it, as
    /// CPython 3.12 does (bytecodes.c `DECREF_INPUTS_AND_REUSE_FLOAT`).
    #[inline(always)]
    pub fn unique_payload_mut<T: Payload>(&mut self, ty: &Obj<TypeData>) -> Option<&mut T> {
        let p = self.header_ptr()?;
        // SAFETY: `p` is live while `self` is. With a reference count of one, `self` (borrowed
        // mutably here) is the only handle to the object, so no other reference to the payload
        // exists; the exact type check guarantees the payload is a `T`.
        unsafe {
            if (*p).refcnt.get() != 1 || !std::ptr::eq((*p).ty.get(), ty) {
                return None;
            }
            let ty = &*(*p).ty.get();
            if ty.payload.id != TypeId::of::<T>() {
                return None;
            }
            Some(&mut (*(p as *mut Obj<T>)).data)
        }
    }

    /// The payload, mutable, if this value is the only reference to an instance of exactly the
    /// type `t` stands for (`unique_payload_mut` with one pointer comparison for the type).
    #[inline(always)]
    pub fn exact_unique_mut<T: Payload>(&mut self, t: ExactType<T>) -> Option<&mut T> {
        let p = self.header_ptr()?;
        // SAFETY: `p` is live while `self` is. With a reference count of one, `self` (borrowed
        // mutably here) is the only handle to the object, so no other reference to the payload
        // exists; the type's address guarantees the payload is a `T` (see `exact`).
        unsafe {
            if (*p).refcnt.get() != 1 || (*p).ty.get() as *const Obj<TypeData> as usize != t.addr {
                return None;
            }
            Some(&mut (*(p as *mut Obj<T>)).data)
        }
    }

    /// The payload, if this value is an instance of exactly the type `t` stands for: one
    /// pointer comparison (the evaluation loop's test for floats).
    #[inline(always)]
    pub fn exact<T: Payload>(&self, t: ExactType<T>) -> Option<&T> {
        let p = self.header_ptr()?;
        // Every object has its type's payload: `alloc_object` and `set_type_of_immortal` check
        // it, and `set_class` keeps it. `t.addr` is a type storing a `T` (checked in `of`; a
        // type's payload never changes), or 0, which no object's type is.
        // SAFETY: `p` is live while `self` is; by the above its payload is a `T`.
        unsafe {
            if (*p).ty.get() as *const Obj<TypeData> as usize != t.addr {
                return None;
            }
            Some(&(*(p as *const Obj<T>)).data)
        }
    }

    /// `exact`, as the object itself (for `into_ref_as`).
    #[inline(always)]
    pub fn exact_obj<T: Payload>(&self, t: ExactType<T>) -> Option<&Obj<T>> {
        let p = self.header_ptr()?;
        // SAFETY: as in `exact`.
        unsafe {
            if (*p).ty.get() as *const Obj<TypeData> as usize != t.addr {
                return None;
            }
            Some(&*(p as *const Obj<T>))
        }
    }

    /// `exact`, as a typed owned reference (the count untouched); the value back otherwise.
    #[inline(always)]
    pub fn into_exact<T: Payload>(self, t: ExactType<T>) -> Result<PyRef<T>, Value> {
        if self.exact(t).is_some() {
            // SAFETY: the value is an object of the type `t` stands for, whose payload is a
            // `T` (see `exact`).
            Ok(unsafe { self.into_ref_unchecked() })
        } else {
            Err(self)
        }
    }

    /// The payload, if this value's type stores a `T` (the type or one of its bases is the Rust
    /// type that owns `T`).
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&Obj<T>> {
        let p = self.header_ptr()?;
        // SAFETY: `p` is live while `self` is; the payload id check guarantees the layout.
        unsafe {
            let ty = &*(*p).ty.get();
            if ty.payload.id == TypeId::of::<T>() {
                Some(&*(p as *const Obj<T>))
            } else {
                None
            }
        }
    }

    /// A typed owned reference, if the payload is `T`.
    #[inline]
    pub fn downcast_ref<T: Payload>(&self) -> Option<PyRef<T>> {
        self.downcast::<T>().map(|o| o.to_ref())
    }

    /// Converts into a typed reference without touching the count, if the payload is `T`.
    #[inline]
    pub fn try_into_ref<T: Payload>(self) -> Result<PyRef<T>, Value> {
        if self.downcast::<T>().is_some() {
            // SAFETY: the payload was checked to be a `T` just above.
            Ok(unsafe { self.into_ref_unchecked() })
        } else {
            Err(self)
        }
    }

    /// Moves the reference into a typed one without touching the count.
    ///
    /// # Safety
    /// The value must be an object whose payload is a `T`.
    #[inline(always)]
    unsafe fn into_ref_unchecked<T: Payload>(self) -> PyRef<T> {
        let p = ManuallyDrop::new(self).0.get() as *mut Obj<T>;
        // SAFETY: a value's word is the non-null address of its object; the caller vouches
        // for the payload type.
        PyRef {
            ptr: unsafe { NonNull::new_unchecked(p) },
            _marker: PhantomData,
        }
    }

    /// Converts into a typed reference without touching the count, if this value is the
    /// object `known` (already known to hold a `T`: one address comparison).
    #[inline(always)]
    pub fn into_ref_as<T: Payload>(self, known: &Obj<T>) -> Result<PyRef<T>, Value> {
        if self.0.get() == known as *const Obj<T> as usize {
            // SAFETY: the value is the object `known`, whose payload is a `T`.
            Ok(unsafe { self.into_ref_unchecked() })
        } else {
            Err(self)
        }
    }

    /// Whether dropping this value frees its object (it holds the last reference): false for
    /// small ints.
    #[inline(always)]
    pub fn is_last_ref(&self) -> bool {
        match self.header_ptr() {
            // SAFETY: live while `self` is.
            Some(p) => unsafe { (*p).refcnt.get() <= 1 },
            None => false,
        }
    }

    /// The current reference count (immortal objects and small ints report CPython's value).
    pub fn refcount(&self) -> usize {
        match self.header_ptr() {
            // SAFETY: live while `self` is.
            Some(p) => {
                let rc = unsafe { (*p).refcnt.get() };
                if rc >= IMMORTAL / 2 {
                    IMMORTAL_REPORTED
                } else {
                    rc
                }
            }
            None => IMMORTAL_REPORTED,
        }
    }

    /// The `__dict__` slot of an instance whose type has `MANAGED_DICT`.
    pub fn managed_dict(&self) -> Option<&Cell<Option<Value>>> {
        let p = self.header_ptr()?;
        let flags = self.class().layout_flags;
        if flags & layout_flags::MANAGED_DICT == 0 {
            return None;
        }
        // SAFETY: the type says the pre-header has a dict slot; `Cell<Option<Value>>` has the
        // layout of a word (Value is a NonZeroUsize, so Option<Value> uses the zero niche).
        unsafe {
            let slot =
                (p as *const u8).sub(dict_offset_from_header(flags)) as *const Cell<Option<Value>>;
            Some(&*slot)
        }
    }

    /// Changes the type of a heap object (`obj.__class__ = C`); the caller has checked that the
    /// two types have the same layout (the payload is checked here too).
    pub(crate) fn set_class(&self, ty: PyRef<TypeData>) {
        assert!(
            ty.payload.id == self.class().payload.id,
            "__class__ assignment between payloads"
        );
        if let Some(p) = self.header_ptr() {
            // SAFETY: live object; layouts are compatible (caller's check), and we move the new
            // type reference in and drop the old one.
            unsafe {
                let old = (*p).ty.replace(ty.into_raw_ptr());
                let old = &*old;
                if !old.is_immortal() {
                    drop(Value::from_owned_ptr(old as *const _ as *const ObjHeader));
                }
            }
        }
    }

    /// Reports each value this object refers to (for the cycle collector).
    pub(crate) fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(p) = self.header_ptr() {
            // SAFETY: live object; its type's traverse matches its payload.
            unsafe { (self.class().payload.traverse)(p, visit) }
        }
    }
}

/// Traverses the object at `p` (used by the collector, which holds raw pointers).
///
/// # Safety
/// `p` must be a live heap object.
pub(crate) unsafe fn traverse_raw(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: per the caller.
    unsafe {
        let ty = &*(*p).ty.get();
        (ty.payload.traverse)(p, visit)
    }
}

/// Clears the references held by the object at `p` (to break a cycle).
///
/// # Safety
/// `p` must be a live heap object.
pub(crate) unsafe fn clear_raw(p: *const ObjHeader) {
    // SAFETY: per the caller.
    unsafe {
        let ty = &*(*p).ty.get();
        (ty.payload.clear)(p)
    }
}

/// The reference count cell of the object at `p`.
///
/// # Safety
/// `p` must be a live heap object.
pub(crate) unsafe fn refcnt_raw(p: *const ObjHeader) -> usize {
    // SAFETY: per the caller.
    unsafe { (*p).refcnt.get() }
}

/// One entry of an object's weak-reference list: the weak-reference object (not owned) and
/// the `WeakTarget` inside its payload.
struct WeakEntry {
    wr: *const ObjHeader,
    cell: *const WeakTarget,
}

/// The list the weak-list word of a referent points to (a `Box`, null when empty), in
/// CPython's order (see `weakrefobject.rs` for where new references go).
type WeakList = Vec<WeakEntry>;

/// The referent of a weak reference: the address of an object that is not kept alive. Only
/// `weak_link` sets it, and the referent's deallocation (or the collector) resets it to 0
/// before the referent's memory is freed, so while it is non-zero it names a live object.
/// A `WeakTarget` lives inside the payload of a heap object (`WeakRefPayload`), which never
/// moves; dropping it unlinks it from its referent's list.
pub struct WeakTarget {
    addr: Cell<usize>,
}

/// A payload that holds a `WeakTarget` (the weak-reference types).
pub trait WeakRefPayload: Payload {
    fn weak_target(&self) -> &WeakTarget;
}

impl WeakTarget {
    pub const fn new() -> WeakTarget {
        WeakTarget { addr: Cell::new(0) }
    }

    /// A new reference to the referent, if it is still alive.
    pub fn get(&self) -> Option<Value> {
        let a = self.addr.get();
        if a == 0 {
            return None;
        }
        let p = a as *const ObjHeader;
        // SAFETY: a non-zero address names a live object (see the type's invariant). An object
        // whose count already reached zero is being freed: it is reported dead.
        unsafe {
            if (*p).refcnt.get() == 0 {
                return None;
            }
            Some(Value::from_borrowed_ptr(p))
        }
    }

    /// Whether the referent is still alive.
    pub fn is_alive(&self) -> bool {
        let a = self.addr.get();
        // SAFETY: as in `get`.
        a != 0 && unsafe { (*(a as *const ObjHeader)).refcnt.get() } != 0
    }

    /// The referent's address (0 once dead), for `id`-based identity checks.
    pub fn addr(&self) -> usize {
        self.addr.get()
    }
}

impl Default for WeakTarget {
    fn default() -> WeakTarget {
        WeakTarget::new()
    }
}

impl Drop for WeakTarget {
    fn drop(&mut self) {
        let a = self.addr.replace(0);
        if a == 0 {
            return;
        }
        let me = self as *const WeakTarget;
        // SAFETY: a non-zero address names a live (possibly dying) referent whose weak list
        // holds this cell; we remove our entry.
        unsafe {
            if let Some(slot) = weaklist_slot(a as *const ObjHeader) {
                let list = slot.read() as *mut WeakList;
                if !list.is_null() {
                    (*list).retain(|e| e.cell != me);
                    if (*list).is_empty() {
                        drop(Box::from_raw(list));
                        slot.write(0);
                    }
                }
            }
        }
    }
}

/// The weak-list word of the object at `p`, if its type has one and it is not immortal
/// (immortal objects are allocated without a pre-header and never die).
///
/// # Safety
/// `p` must be a live (or dying, not yet freed) heap object.
unsafe fn weaklist_slot(p: *const ObjHeader) -> Option<*mut usize> {
    // SAFETY: per the caller.
    unsafe {
        if (*p).refcnt.get() >= IMMORTAL / 2 {
            return None;
        }
        let ty: &Obj<TypeData> = &*(*p).ty.get();
        let flags = ty.layout_flags;
        if flags & layout_flags::HAS_WEAKLIST == 0 {
            return None;
        }
        Some((p as *const u8).sub(weaklist_offset_from_header(flags)) as *mut usize)
    }
}

/// Whether `v` can be weakly referenced (its type sets `WEAKREFABLE`).
pub fn supports_weakrefs(v: &Value) -> bool {
    v.header_ptr().is_some() && v.class().layout_flags & layout_flags::WEAKREFABLE != 0
}

/// Makes `wr` (a new weak-reference object) refer to `target`, inserting it at `index` of
/// the target's weak list (clamped to the list's length). The caller has checked
/// `supports_weakrefs(target)`; immortal targets are referred to without a list.
pub fn weak_link<T: WeakRefPayload>(target: &Value, wr: &Obj<T>, index: usize) {
    let Some(p) = target.header_ptr() else {
        return;
    };
    let cell = wr.data.weak_target();
    if cell.addr.get() != 0 {
        return;
    }
    cell.addr.set(p as usize);
    // SAFETY: `target` keeps the object alive; the slot belongs to it. The entry names `wr`,
    // a heap object whose payload holds `cell`; `cell` unlinks itself when dropped.
    unsafe {
        if let Some(slot) = weaklist_slot(p) {
            let mut list = slot.read() as *mut WeakList;
            if list.is_null() {
                list = Box::into_raw(Box::new(Vec::new()));
                slot.write(list as usize);
            }
            let at = index.min((*list).len());
            (*list).insert(
                at,
                WeakEntry {
                    wr: wr as *const Obj<T> as *const ObjHeader,
                    cell: cell as *const WeakTarget,
                },
            );
        }
    }
}

/// New references to the live weak-reference objects referring to `target`, in list order
/// (`getweakrefs`).
pub fn weak_refs_of(target: &Value) -> Vec<Value> {
    let Some(p) = target.header_ptr() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // SAFETY: `target` is alive; the entries of its list are live weak-reference objects
    // (each unlinks itself before it is freed); ones whose count reached zero are skipped.
    unsafe {
        if let Some(slot) = weaklist_slot(p) {
            let list = slot.read() as *const WeakList;
            if !list.is_null() {
                for e in (*list).iter() {
                    if (*e.wr).refcnt.get() > 0 {
                        out.push(Value::from_borrowed_ptr(e.wr));
                    }
                }
            }
        }
    }
    out
}

/// Empties the weak list of a dying object: every weak reference becomes dead. Returns new
/// references to the weak-reference objects that are still alive, in list order, for their
/// callbacks. CPython: weakrefobject.c PyObject_ClearWeakRefs (the clearing half).
///
/// # Safety
/// `p` must be an allocated heap object (dying or unreachable).
pub(crate) unsafe fn take_weakrefs(p: *const ObjHeader) -> Vec<Value> {
    let mut out = Vec::new();
    // SAFETY: per the caller; the list's entries are live or dying weak-reference objects.
    unsafe {
        let Some(slot) = weaklist_slot(p) else {
            return out;
        };
        let list = slot.read() as *mut WeakList;
        if list.is_null() {
            return out;
        }
        slot.write(0);
        let list = Box::from_raw(list);
        for e in list.iter() {
            (*e.cell).addr.set(0);
            if (*e.wr).refcnt.get() > 0 {
                out.push(Value::from_borrowed_ptr(e.wr));
            }
        }
    }
    out
}

/// Whether the object at `p` has a non-empty weak list.
///
/// # Safety
/// `p` must be a live heap object.
pub(crate) unsafe fn has_weakrefs(p: *const ObjHeader) -> bool {
    // SAFETY: per the caller.
    unsafe { weaklist_slot(p).is_some_and(|s| s.read() != 0) }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(p) = self.header_ptr() {
            // SAFETY: `self` keeps the object alive.
            unsafe {
                let h = &*p;
                h.refcnt.set(h.refcnt.get() + 1);
            }
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(p) = self.header_ptr() {
            // SAFETY: we own one reference; when it is the last, nobody else can reach the object.
            unsafe {
                let h = &*p;
                let rc = h.refcnt.get() - 1;
                h.refcnt.set(rc);
                if rc == 0 {
                    dealloc_object(p);
                }
            }
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(
                f,
                "Value(<{} object at {:#x}>)",
                self.class().name(),
                self.raw()
            ),
        }
    }
}

/// An owned reference to an object known to have payload `T`.
#[repr(transparent)]
pub struct PyRef<T> {
    ptr: NonNull<Obj<T>>,
    _marker: PhantomData<*const T>,
}

impl<T> PyRef<T> {
    /// The object as an untyped value (a new reference).
    #[inline(always)]
    pub fn to_value(&self) -> Value {
        self.obj().to_value()
    }

    /// The object as an untyped value, moving this reference.
    #[inline(always)]
    pub fn into_value(self) -> Value {
        let p = ManuallyDrop::new(self).ptr.as_ptr() as *const ObjHeader;
        // SAFETY: the reference moves from the PyRef into the Value.
        unsafe { Value::from_owned_ptr(p) }
    }

    #[allow(dead_code)] // Used by `Value::set_class`.
    fn into_raw_ptr(self) -> *const Obj<T> {
        ManuallyDrop::new(self).ptr.as_ptr()
    }

    #[inline(always)]
    pub fn obj(&self) -> &Obj<T> {
        // SAFETY: the PyRef keeps the object alive.
        unsafe { self.ptr.as_ref() }
    }

    /// The untyped view, borrowed (no count change).
    #[inline(always)]
    pub fn as_value(&self) -> &Value {
        // SAFETY: PyRef and Value are both one non-zero word holding the object's address, and
        // a borrowed view does not change the count.
        unsafe { &*(self as *const PyRef<T> as *const Value) }
    }

    pub fn ptr_eq(a: &PyRef<T>, b: &PyRef<T>) -> bool {
        a.ptr == b.ptr
    }
}

impl<T> Deref for PyRef<T> {
    type Target = Obj<T>;
    #[inline(always)]
    fn deref(&self) -> &Obj<T> {
        self.obj()
    }
}

impl<T> Clone for PyRef<T> {
    #[inline(always)]
    fn clone(&self) -> PyRef<T> {
        self.obj().incref();
        PyRef {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl<T> Drop for PyRef<T> {
    #[inline(always)]
    fn drop(&mut self) {
        let p = self.ptr.as_ptr() as *const ObjHeader;
        // SAFETY: we own one reference (see `Value::drop`).
        unsafe {
            let h = &*p;
            let rc = h.refcnt.get() - 1;
            h.refcnt.set(rc);
            if rc == 0 {
                dealloc_object(p);
            }
        }
    }
}

/// An owned reference that can be read and replaced at any time (a function's `__code__`),
/// without a borrow flag to keep: `get` clones it, `replace` swaps it. No reference into the
/// cell ever escapes its methods, and neither method runs code while it holds one, so a read
/// never overlaps a replacement (the replaced reference is handed back for the caller to drop).
pub struct RefSlot<T>(std::cell::UnsafeCell<PyRef<T>>);

impl<T> RefSlot<T> {
    pub fn new(r: PyRef<T>) -> RefSlot<T> {
        RefSlot(std::cell::UnsafeCell::new(r))
    }

    /// A new reference to what the cell holds.
    #[inline(always)]
    pub fn get(&self) -> PyRef<T> {
        // SAFETY: the only access to the cell's contents while this shared one lasts: cloning
        // (a count increment) runs no code that could reach the cell (see the type's comment).
        unsafe { (*self.0.get()).clone() }
    }

    /// Puts `r` in the cell, giving back what it held.
    pub fn replace(&self, r: PyRef<T>) -> PyRef<T> {
        // SAFETY: no other reference into the cell exists (see the type's comment); the old
        // reference is moved out, not dropped, here.
        unsafe { std::mem::replace(&mut *self.0.get(), r) }
    }
}

impl<T> std::fmt::Debug for PyRef<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_value().fmt(f)
    }
}

impl Obj<TypeData> {
    #[inline(always)]
    pub(crate) fn is_immortal(&self) -> bool {
        self.header.refcnt.get() >= IMMORTAL / 2
    }
}

/// A type whose exact instances are known to store a `T`, checked once when it is made, so
/// that testing a value for that exact type is one pointer comparison (`Value::exact`).
pub struct ExactType<T> {
    /// The type's address, or 0 when the type does not store a `T` (then nothing matches).
    addr: usize,
    payload: PhantomData<fn() -> T>,
}

impl<T> Clone for ExactType<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ExactType<T> {}

impl<T: Payload> ExactType<T> {
    pub fn of(ty: &'static Obj<TypeData>) -> ExactType<T> {
        let addr = if ty.payload.id == TypeId::of::<T>() {
            ty as *const Obj<TypeData> as usize
        } else {
            0
        };
        ExactType {
            addr,
            payload: PhantomData,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345, -98765] {
            let v = Value::small_int(i).unwrap();
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert_eq!(Value::small_int_in(Value::small_int(-7).as_ref()), Some(-7));
        assert_eq!(Value::small_int_in(None), None);
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
    }

    /// A payload that counts its drops and holds one value (to test traverse and clear).
    struct Probe {
        dropped: std::rc::Rc<Cell<u32>>,
        held: Cell<Option<Value>>,
    }

    impl Payload for Probe {
        fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
            let v = self.held.take();
            if let Some(v) = &v {
                visit(v);
            }
            self.held.set(v);
        }
        fn clear(&self) {
            drop(self.held.take());
        }
    }

    impl Drop for Probe {
        fn drop(&mut self) {
            self.dropped.set(self.dropped.get() + 1);
        }
    }

    struct Other;
    impl Payload for Other {}

    /// A type for `Probe` objects, built without the interpreter (its own type pointer and
    /// its dict's stay null; nothing here reads them).
    fn probe_type(lflags: u64) -> &'static Obj<TypeData> {
        let dict = alloc_immortal_uninit_type(crate::objects::dict::DictData::new());
        alloc_immortal_uninit_type(TypeData::new(
            "probe",
            0,
            lflags,
            PayloadInfo::of::<Probe>(),
            None,
            dict.to_ref(),
        ))
    }

    fn probe(ty: &Obj<TypeData>, counter: &std::rc::Rc<Cell<u32>>) -> PyRef<Probe> {
        alloc_object(
            ty,
            Probe {
                dropped: counter.clone(),
                held: Cell::new(None),
            },
        )
    }

    #[test]
    fn alloc_incref_decref_dealloc() {
        let ty = probe_type(0);
        let drops = std::rc::Rc::new(Cell::new(0));
        let r = probe(ty, &drops);
        assert_eq!(r.refcount(), 1);
        let v = r.to_value();
        assert_eq!(v.refcount(), 2);
        let w = v.clone();
        assert_eq!(w.refcount(), 3);
        drop(r);
        drop(v);
        assert_eq!(drops.get(), 0);
        assert_eq!(w.refcount(), 1);
        drop(w);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn ref_slots_read_and_replace() {
        let ty = probe_type(0);
        let drops = std::rc::Rc::new(Cell::new(0));
        let slot = RefSlot::new(probe(ty, &drops));
        let a = slot.get();
        assert_eq!(a.refcount(), 2);
        // Replaced while a reader holds the old one: it lives on until both are gone.
        let old = slot.replace(probe(ty, &drops));
        assert!(std::ptr::eq(&*old, &*a));
        drop(old);
        assert_eq!((a.refcount(), drops.get()), (1, 0));
        drop(a);
        assert_eq!(drops.get(), 1);
        assert_eq!(slot.get().refcount(), 2);
        drop(slot);
        assert_eq!(drops.get(), 2);
    }

    #[test]
    fn exact_types_compare_the_type() {
        let ty = probe_type(0);
        let other = probe_type(0);
        let drops = std::rc::Rc::new(Cell::new(0));
        let mut v = probe(ty, &drops).into_value();
        let exact = ExactType::<Probe>::of(ty);
        assert!(v.exact(exact).is_some());
        assert!(v.exact(ExactType::<Probe>::of(other)).is_none());
        // A type that does not store the payload matches nothing.
        assert!(v.exact(ExactType::<Other>::of(ty)).is_none());
        assert!(Value::small_int(3).unwrap().exact(exact).is_none());
        assert!(v.exact_unique_mut(exact).is_some());
        let w = v.clone();
        assert!(v.exact_unique_mut(exact).is_none());
        drop(w);
        assert!(v.exact_unique_mut(exact).is_some());
        drop(v);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn downcast_checks_the_payload() {
        let ty = probe_type(layout_flags::MANAGED_DICT);
        let drops = std::rc::Rc::new(Cell::new(0));
        let v = probe(ty, &drops).into_value();
        assert!(v.downcast::<Probe>().is_some());
        assert!(v.downcast::<Other>().is_none());
        assert!(Value::small_int(3).unwrap().downcast::<Probe>().is_none());
        assert!(v.managed_dict().is_some_and(|d| {
            let x = d.take();
            let empty = x.is_none();
            d.set(x);
            empty
        }));
        let r = v.try_into_ref::<Probe>().ok().expect("a probe");
        assert_eq!(r.refcount(), 1);
        drop(r);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn into_exact_checks_the_type() {
        let (ty, other) = (probe_type(0), probe_type(0));
        let drops = std::rc::Rc::new(Cell::new(0));
        let exact = ExactType::<Probe>::of(ty);
        // An object of another type (with the same payload) comes back untouched.
        let b = probe(other, &drops).into_value();
        let b = b.into_exact(exact).err().expect("not of the exact type");
        drop(b);
        assert_eq!(drops.get(), 1);
        // One of the type becomes a typed reference, its count unchanged.
        let a = probe(ty, &drops).into_value();
        let holder = a.clone();
        let r = a.into_exact(exact).ok().expect("of the exact type");
        assert_eq!(r.refcount(), 2);
        drop(r);
        drop(holder);
        assert_eq!(drops.get(), 2);
        // A small int is no object.
        assert!(Value::small_int(7)
            .expect("small")
            .into_exact(exact)
            .is_err());
    }

    #[test]
    fn into_ref_as_checks_the_identity() {
        let ty = probe_type(0);
        let drops = std::rc::Rc::new(Cell::new(0));
        let a = probe(ty, &drops).into_value();
        let b = probe(ty, &drops).into_value();
        let holder = a.clone();
        let known = holder.downcast::<Probe>().expect("a probe");
        let b = b.into_ref_as(known).err().expect("another object");
        drop(b);
        assert_eq!(drops.get(), 1);
        let r = a.into_ref_as(known).ok().expect("the same object");
        assert_eq!(r.refcount(), 2);
        drop(r);
        drop(holder);
        assert_eq!(drops.get(), 2);
    }

    #[test]
    fn tracked_objects_traverse_and_clear() {
        let ty = probe_type(layout_flags::HAS_GC);
        let drops = std::rc::Rc::new(Cell::new(0));
        let before = crate::gc::tracked_count();
        let a = probe(ty, &drops);
        let b = probe(ty, &drops);
        assert_eq!(crate::gc::tracked_count(), before + 2);
        // A cycle: a -> b -> a.
        a.held.set(Some(b.to_value()));
        b.held.set(Some(a.to_value()));
        let mut seen = 0;
        a.as_value().traverse(&mut |v| {
            assert!(v.is(b.as_value()));
            seen += 1;
        });
        assert_eq!(seen, 1);
        let a_raw = a.as_value().header_ptr().expect("heap object");
        drop(b);
        assert_eq!(drops.get(), 0);
        // Break the cycle as the collector does, holding a reference meanwhile.
        // SAFETY: `a` is alive (we hold it).
        unsafe { clear_raw(a_raw) };
        assert_eq!(drops.get(), 1);
        drop(a);
        assert_eq!(drops.get(), 2);
        assert_eq!(crate::gc::tracked_count(), before);
    }

    /// A payload that refers weakly to another object.
    struct WeakProbe {
        target: WeakTarget,
    }

    impl Payload for WeakProbe {}

    impl WeakRefPayload for WeakProbe {
        fn weak_target(&self) -> &WeakTarget {
            &self.target
        }
    }

    fn weak_probe_type() -> &'static Obj<TypeData> {
        let dict = alloc_immortal_uninit_type(crate::objects::dict::DictData::new());
        alloc_immortal_uninit_type(TypeData::new(
            "weakprobe",
            0,
            layout_flags::HAS_GC,
            PayloadInfo::of::<WeakProbe>(),
            None,
            dict.to_ref(),
        ))
    }

    #[test]
    fn weak_references_unlink_and_die_with_their_referent() {
        let drops = std::rc::Rc::new(Cell::new(0));
        for flags in [
            layout_flags::WEAKREFABLE,
            layout_flags::WEAKREFABLE | layout_flags::HAS_GC,
            layout_flags::WEAKREFABLE | layout_flags::MANAGED_DICT | layout_flags::HAS_GC,
        ] {
            let target = probe(probe_type(flags), &drops).into_value();
            assert!(supports_weakrefs(&target));
            let wty = weak_probe_type();
            let mk = || {
                alloc_object(
                    wty,
                    WeakProbe {
                        target: WeakTarget::new(),
                    },
                )
            };
            let (a, b, c) = (mk(), mk(), mk());
            weak_link(&target, &a, 0);
            weak_link(&target, &b, 0);
            weak_link(&target, &c, 1);
            let order: Vec<usize> = weak_refs_of(&target).iter().map(|v| v.raw()).collect();
            assert_eq!(
                order,
                vec![b.as_value().raw(), c.as_value().raw(), a.as_value().raw()]
            );
            assert!(a.target.get().is_some_and(|t| t.is(&target)));
            // A weak reference that dies first leaves the list.
            drop(c);
            assert_eq!(weak_refs_of(&target).len(), 2);
            drop(target);
            assert!(a.target.get().is_none() && !b.target.is_alive());
            drop(a);
            drop(b);
        }
        assert_eq!(drops.get(), 3);
        let plain = probe(probe_type(0), &drops).into_value();
        assert!(!supports_weakrefs(&plain));
        assert!(weak_refs_of(&plain).is_empty());
    }

    #[test]
    fn long_chains_free_without_deep_recursion() {
        let ty = probe_type(0);
        let drops = std::rc::Rc::new(Cell::new(0));
        let n = if cfg!(miri) { 200 } else { 100_000 };
        let mut head = probe(ty, &drops);
        for _ in 0..n {
            let next = probe(ty, &drops);
            next.held.set(Some(head.into_value()));
            head = next;
        }
        drop(head);
        assert_eq!(drops.get(), n + 1);
    }
}
