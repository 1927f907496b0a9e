//! Frames on the per-thread data stack. Each executing frame owns a contiguous region of value
//! slots (its "localsplus": locals, cells and free variables, then its value stack) carved
//! from chunks that never move, in strict last-in-first-out order, as CPython's
//! `_PyInterpreterFrame`s on `_PyStackChunk`s. A Python-to-Python call takes a region and the
//! evaluation loop carries on, so Python recursion does not grow the Rust stack. A generator
//! moves its region off the stack into a boxed slice of its own when it suspends, and
//! resumes from that slice.
//! This is one of the modules allowed `unsafe`: regions are raw pointers into the chunks.
//! CPython: Include/internal/pycore_frame.h, Python/frame.c, Python/pystate.c (data stack).

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

use crate::object::Value;

const CHUNK_SLOTS: usize = 1 << 16;

/// The slots of a thread's first chunk: most programs never need more, and a small first
/// chunk keeps start-up from zeroing (and faulting in) half a megabyte it does not use.
/// CPython: pystate.c DATA_STACK_CHUNK_SIZE (16 KiB chunks).
const FIRST_CHUNK_SLOTS: usize = 1 << 11;

struct Chunk {
    slots: ManuallyDrop<Box<[Option<Value>]>>,
    /// The data stack's top in the previous chunk when this one was entered.
    prev_top: *mut Option<Value>,
}

impl Chunk {
    fn new(len: usize) -> Chunk {
        let zeroed = Box::<[Option<Value>]>::new_zeroed_slice(len);
        // SAFETY: all-zero is `None` for `Option<Value>` (Value wraps a NonZeroUsize, so None
        // is the zero niche); the pages come zeroed from the allocator without being touched.
        let slots = unsafe { zeroed.assume_init() };
        Chunk {
            slots: ManuallyDrop::new(slots),
            prev_top: std::ptr::null_mut(),
        }
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        // SAFETY: the slots are taken once, here, and not used again.
        let slots = unsafe { ManuallyDrop::take(&mut self.slots) };
        // Every slot is empty once its regions were released, so the memory is freed without
        // visiting each slot (a value left behind is leaked, never dropped twice).
        let raw = Box::into_raw(slots) as *mut [std::mem::MaybeUninit<Option<Value>>];
        // SAFETY: `raw` came from `Box::into_raw` of a box with the same layout
        // (`MaybeUninit<T>` has the layout of `T`).
        drop(unsafe { Box::from_raw(raw) });
    }
}

/// The per-thread data stack: the free part of the current chunk is `top..limit`; taking and
/// releasing a region only moves `top` (CPython: `_PyThreadState_PushFrame`). The pointers
/// live apart from the chunks, in a thread-local with nothing to drop, whose access is a plain
/// load (no check that its destructor was registered).
struct DataStack {
    top: Cell<*mut Option<Value>>,
    limit: Cell<*mut Option<Value>>,
    /// The first slot of the current chunk.
    base: Cell<*mut Option<Value>>,
}

/// The chunks of the data stack.
struct Chunks {
    /// The chunks in use, the current one last.
    chunks: RefCell<Vec<Chunk>>,
    /// A chunk emptied and kept for the next time the stack grows past the current one.
    spare: RefCell<Option<Chunk>>,
}

thread_local! {
    static STACK: DataStack = const {
        DataStack {
            top: Cell::new(std::ptr::null_mut()),
            limit: Cell::new(std::ptr::null_mut()),
            base: Cell::new(std::ptr::null_mut()),
        }
    };
    static CHUNKS: Chunks = const {
        Chunks {
            chunks: RefCell::new(Vec::new()),
            spare: RefCell::new(None),
        }
    };
}

/// The slots of one executing frame: localsplus followed by the value stack.
pub struct Region {
    ptr: NonNull<Option<Value>>,
    len: usize,
    /// The slots are a boxed slice of their own (a generator's frame, which keeps its slots
    /// while suspended) rather than part of the data stack.
    heap: bool,
}

impl DataStack {
    /// Moves to a new chunk with room for `len` slots.
    #[cold]
    fn grow(&self, len: usize) -> *mut Option<Value> {
        CHUNKS.with(|c| self.grow_in(c, len))
    }

    fn grow_in(&self, ch: &Chunks, len: usize) -> *mut Option<Value> {
        let spare = ch.spare.borrow_mut().take();
        let mut chunk = match spare {
            Some(c) if c.slots.len() >= len => c,
            _ if ch.chunks.borrow().is_empty() => Chunk::new(FIRST_CHUNK_SLOTS.max(len)),
            _ => Chunk::new(CHUNK_SLOTS.max(len)),
        };
        chunk.prev_top = self.top.get();
        let range = chunk.slots.as_mut_ptr_range();
        ch.chunks.borrow_mut().push(chunk);
        // SAFETY: `len <= slots.len()`, so `start + len` is within the chunk.
        self.top.set(unsafe { range.start.add(len) });
        self.limit.set(range.end);
        self.base.set(range.start);
        range.start
    }

    /// Leaves the current chunk (the region being released starts it), returning to the
    /// previous one.
    #[cold]
    fn shrink(&self) {
        CHUNKS.with(|c| self.shrink_in(c))
    }

    fn shrink_in(&self, ch: &Chunks) {
        let mut chunks = ch.chunks.borrow_mut();
        if let Some(c) = chunks.pop() {
            self.top.set(c.prev_top);
            match chunks.last_mut() {
                Some(prev) => {
                    let range = prev.slots.as_mut_ptr_range();
                    self.limit.set(range.end);
                    self.base.set(range.start);
                }
                None => {
                    self.limit.set(std::ptr::null_mut());
                    self.base.set(std::ptr::null_mut());
                }
            }
            drop(chunks);
            let mut spare = ch.spare.borrow_mut();
            if spare.as_ref().is_none_or(|s| s.slots.len() < c.slots.len()) {
                *spare = Some(c);
            }
        }
    }
}

/// This thread's data stack, for a loop that takes and releases many regions (the fast tier's
/// calls): `Region::alloc_on` and `Region::release_on` through it skip the thread-local lookup.
#[derive(Clone, Copy)]
pub struct DataStackRef<'a>(&'a DataStack);

impl DataStackRef<'_> {
    /// Takes `len` slots (at least one) from the data stack, all empty: `Region::alloc_on`
    /// for a region that is never empty, without its check for a stack not yet started.
    #[inline(always)]
    fn take(self, len: usize) -> NonNull<Option<Value>> {
        debug_assert!(len > 0);
        let st = self.0;
        let top = st.top.get();
        let room = (st.limit.get() as usize).wrapping_sub(top as usize)
            / std::mem::size_of::<Option<Value>>();
        let start = if room >= len {
            // SAFETY: `top + len <= limit`, within the current chunk (a stack not yet started
            // has both pointers null, no room, and grows).
            st.top.set(unsafe { top.add(len) });
            top
        } else {
            st.grow(len)
        };
        // SAFETY: with room, `top` is in a chunk (not null, see above); `grow` returns the
        // start of a chunk's boxed slice. The slots are empty: released regions clear theirs.
        unsafe { NonNull::new_unchecked(start) }
    }
}

/// Runs `f` with this thread's data stack.
pub fn with_data_stack<R>(f: impl FnOnce(DataStackRef<'_>) -> R) -> R {
    STACK.with(|st| f(DataStackRef(st)))
}

impl Region {
    /// Takes `len` slots from the data stack, all empty.
    #[inline(always)]
    pub fn alloc(len: usize) -> Region {
        STACK.with(|st| Region::alloc_on(DataStackRef(st), len))
    }

    /// `alloc` on the data stack `ds` (this thread's).
    #[inline(always)]
    pub fn alloc_on(ds: DataStackRef<'_>, len: usize) -> Region {
        let st = ds.0;
        let top = st.top.get();
        let room = (st.limit.get() as usize).wrapping_sub(top as usize)
            / std::mem::size_of::<Option<Value>>();
        let start = if !top.is_null() && room >= len {
            // SAFETY: `top + len <= limit`, within the current chunk.
            st.top.set(unsafe { top.add(len) });
            top
        } else {
            st.grow(len)
        };
        // SAFETY: `start` points into a chunk's boxed slice (never null), which does not
        // move while the chunk exists; chunks are only given up once every region in them
        // was released. The slots are empty: released regions clear theirs.
        let ptr = unsafe { NonNull::new_unchecked(start) };
        Region {
            ptr,
            len,
            heap: false,
        }
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slot at `i`.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> &mut Option<Value> {
        self.slots().slot_mut(i)
    }

    /// Fills the slot at `i`, which the caller knows to be empty (a push onto the value stack,
    /// whose slots above the top are always empty): the old contents are not read.
    #[inline(always)]
    pub fn put(&self, i: usize, v: Value) {
        self.slots().put(i, v)
    }

    #[inline(always)]
    pub fn take(&self, i: usize) -> Option<Value> {
        self.slot(i).take()
    }

    #[inline(always)]
    pub fn set(&self, i: usize, v: Option<Value>) -> Option<Value> {
        std::mem::replace(self.slot(i), v)
    }

    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.slot(i).as_ref()
    }

    /// The `n` slots from `start` as values (the arguments of a call, still on the stack), or
    /// None if one of them is empty.
    #[inline]
    pub fn values(&self, start: usize, n: usize) -> Option<&[Value]> {
        assert!(
            start <= self.len && n <= self.len - start,
            "frame slots out of range"
        );
        // SAFETY: in bounds (checked). The slots are read through a shared view only while
        // the caller holds `&self` and does not write them.
        let slots: &[Option<Value>] =
            unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().add(start), n) };
        if slots.iter().any(|s| s.is_none()) {
            return None;
        }
        // SAFETY: every slot is `Some`, and `Option<Value>` has the layout of `Value` with None
        // as the zero word (Value wraps a NonZeroUsize), so a `Some(v)` slot is bit-for-bit `v`.
        Some(unsafe { std::slice::from_raw_parts(slots.as_ptr() as *const Value, n) })
    }
}

/// A copyable view of a region's slots, for a loop that keeps the slot pointer and count in
/// registers (the fast tier of the evaluation loop); the same accessors as `Region`'s. It
/// borrows the region, so the slots cannot move or be released while it exists.
#[derive(Clone, Copy)]
pub struct Slots<'a> {
    ptr: NonNull<Option<Value>>,
    len: usize,
    _region: std::marker::PhantomData<&'a Region>,
}

impl Region {
    /// A view of the slots (see `Slots`).
    #[inline(always)]
    pub fn slots(&self) -> Slots<'_> {
        Slots {
            ptr: self.ptr,
            len: self.len,
            _region: std::marker::PhantomData,
        }
    }
}

impl<'a> Slots<'a> {
    /// The slot at `i`.
    #[inline(always)]
    pub fn slot_mut(self, i: usize) -> &'a mut Option<Value> {
        assert!(i < self.len, "frame slot out of range");
        // SAFETY: in bounds (checked); the slots belong to the borrowed region, which only its
        // frame uses, and the caller never keeps two slot references alive at once.
        unsafe { &mut *self.ptr.as_ptr().add(i) }
    }

    /// Fills the slot at `i`, known to be empty: the old contents are not read.
    #[inline(always)]
    pub fn put(self, i: usize, v: Value) {
        assert!(i < self.len, "frame slot out of range");
        // SAFETY: in bounds (checked); writing without dropping may only leak a value.
        unsafe { self.ptr.as_ptr().add(i).write(Some(v)) }
    }

    #[inline(always)]
    pub fn take(self, i: usize) -> Option<Value> {
        self.slot_mut(i).take()
    }

    #[inline(always)]
    pub fn set(self, i: usize, v: Option<Value>) -> Option<Value> {
        std::mem::replace(self.slot_mut(i), v)
    }

    #[inline(always)]
    pub fn get(self, i: usize) -> Option<&'a Value> {
        self.slot_mut(i).as_ref()
    }
}

impl Region {
    /// A region made of `slots` (a generator's frame being resumed): no data-stack space is
    /// taken, and the values stay where they are.
    pub fn from_heap(slots: Box<[Option<Value>]>) -> Region {
        let len = slots.len();
        let raw = Box::into_raw(slots) as *mut Option<Value>;
        Region {
            // SAFETY: `Box::into_raw` never returns null (an empty box gives a dangling,
            // non-null pointer).
            ptr: unsafe { NonNull::new_unchecked(raw) },
            len,
            heap: true,
        }
    }

    /// The slots as a boxed slice (a generator's frame suspending): a heap region hands its
    /// own slice back, values untouched; a region on the data stack moves its values into a
    /// new slice and is released.
    pub fn into_heap(self) -> Box<[Option<Value>]> {
        if self.heap {
            let this = ManuallyDrop::new(self);
            let raw = std::ptr::slice_from_raw_parts_mut(this.ptr.as_ptr(), this.len);
            // SAFETY: `raw` is exactly the slice `from_heap` took from its box, given back
            // once: `this` is never dropped, so the box is owned once again.
            unsafe { Box::from_raw(raw) }
        } else {
            (0..self.len).map(|i| self.take(i)).collect()
        }
    }
}

impl Region {
    /// Releases the region of a frame whose slots from `used` on are known to be empty (a
    /// frame's slots above its stack top always are): only the first `used` are cleared.
    #[inline(always)]
    pub fn release(self, used: usize) {
        let mut this = ManuallyDrop::new(self);
        let used = used.min(this.len);
        this.clear_and_release(used);
    }

    /// `release` on the data stack `ds` (this thread's).
    #[inline(always)]
    pub fn release_on(self, ds: DataStackRef<'_>, used: usize) {
        let mut this = ManuallyDrop::new(self);
        let used = used.min(this.len);
        this.clear_and_release_on(ds.0, used);
    }

    #[inline(always)]
    fn clear_and_release(&mut self, used: usize) {
        STACK.with(|st| self.clear_and_release_on(st, used))
    }

    #[inline(always)]
    fn clear_and_release_on(&mut self, st: &DataStack, used: usize) {
        if self.heap {
            let raw = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len);
            // SAFETY: as in `into_heap`: the slice `from_heap` took from its box, dropped once
            // (`release` keeps the region from being dropped again; `drop` runs once).
            drop(unsafe { Box::from_raw(raw) });
            return;
        }
        // Release in LIFO order: clear the slots (dropping values may run Python code, which
        // may push and pop frames above us; all of them are gone again when it returns).
        for i in 0..used {
            // SAFETY: `i < used <= len`: in bounds of the region, which only this frame owns.
            let v = unsafe { (*self.ptr.as_ptr().add(i)).take() };
            drop(v);
        }
        debug_assert!((used..self.len).all(|i| {
            // SAFETY: `i < len`, in bounds.
            unsafe { (*self.ptr.as_ptr().add(i)).is_none() }
        }));
        debug_assert!(std::ptr::eq(
            st.top.get(),
            self.ptr.as_ptr().wrapping_add(self.len)
        ));
        if std::ptr::eq(st.base.get(), self.ptr.as_ptr()) && self.len > 0 {
            st.shrink();
        } else {
            st.top.set(self.ptr.as_ptr());
        }
    }
}

/// The frames the evaluation loop's fast tier called (`ceval_fast`), linked in the data stack
/// as CPython links its `_PyInterpreterFrame`s: each is a region whose slots are followed by a
/// header (the frame's own data `T`, its saved ip and stack depth, and the frame below it), so
/// that a call writes one header and a return reads one, with no record moved or looked up.
/// The frame that entered the tier (the "entry" frame, a full `Frame`) is below them all and
/// is not one of them. Generic over `T` so that it can be tested without a VM.
///
/// Dropped without being drained (only when a panic unwinds), the frames leak their data and
/// their part of the data stack, never free them twice.
pub struct LightFrames<'a, T> {
    ds: DataStackRef<'a>,
    top: Option<NonNull<LightHeader<T>>>,
    depth: usize,
}

/// The header after a light frame's slots.
pub struct LightHeader<T> {
    /// What the frame owns (its code and function).
    pub data: T,
    /// Where the frame goes on: the instruction and the depth of its value stack, saved when
    /// it calls.
    pub ip: u32,
    pub sp: u32,
    len: u32,
    slots: NonNull<Option<Value>>,
    below: Option<NonNull<LightHeader<T>>>,
}

impl<T> LightHeader<T> {
    /// The slots needed after a frame's own for its header.
    const SLOTS: usize = {
        assert!(std::mem::align_of::<LightHeader<T>>() <= std::mem::align_of::<Option<Value>>());
        std::mem::size_of::<LightHeader<T>>().div_ceil(std::mem::size_of::<Option<Value>>())
    };

    /// A view of the frame's slots (see `Slots`).
    #[inline(always)]
    pub fn slots(&self) -> Slots<'_> {
        Slots {
            ptr: self.slots,
            len: self.len as usize,
            _region: std::marker::PhantomData,
        }
    }
}

impl<'a, T> LightFrames<'a, T> {
    /// No frames yet, on the data stack `ds` (this thread's).
    pub fn new(ds: DataStackRef<'a>) -> Self {
        LightFrames {
            ds,
            top: None,
            depth: 0,
        }
    }

    /// How many frames there are.
    #[inline(always)]
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The innermost frame, if any.
    #[inline(always)]
    pub fn top(&self) -> Option<&LightHeader<T>> {
        // SAFETY: `top` is the header `push` wrote, alive until `pop` or `drain` takes it
        // (both through `&mut self`), and only reached through `self`.
        self.top.map(|h| unsafe { &*h.as_ptr() })
    }

    /// The innermost frame, to save where it goes on.
    #[inline(always)]
    pub fn top_mut(&mut self) -> Option<&mut LightHeader<T>> {
        // SAFETY: as in `top`; `&mut self` makes this the only reference.
        self.top.map(|h| unsafe { &mut *h.as_ptr() })
    }

    /// Pushes a frame of `len` slots owning `data`, to run from `ip` with its value stack
    /// `sp` deep, whose first `nargs` slots are the values moved from slots `args_at..` of
    /// the innermost frame (the entry frame's slots `entry` when there is none), which are
    /// left empty. Gives `data` back, changing nothing, when those slots are out of range or
    /// when `nargs > len`.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn push(
        &mut self,
        entry: Slots<'_>,
        data: T,
        len: u32,
        ip: u32,
        sp: u32,
        args_at: usize,
        nargs: u32,
    ) -> Result<(), T> {
        let caller = match self.top() {
            Some(h) => (h.slots, h.len as usize),
            None => (entry.ptr, entry.len),
        };
        let (len, nargs) = (len as usize, nargs as usize);
        if nargs > len || args_at > caller.1 || nargs > caller.1 - args_at {
            return Err(data);
        }
        let slots = self.ds.take(len + LightHeader::<T>::SLOTS);
        // The arguments move one at a time (a few move faster so than through memcpy and
        // memset), one argument, the commonest count, without a loop.
        // SAFETY: the caller's slots `args_at..args_at + nargs` are in range (checked) and
        // the new region's first `nargs` are too (`nargs <= len`); the two do not overlap
        // (the new region was just taken above every live one). The values move: the
        // source slots are emptied, the destination slots were empty.
        unsafe {
            let from = caller.0.as_ptr().add(args_at);
            let to = slots.as_ptr();
            if nargs == 1 {
                to.write(from.replace(None));
            } else {
                for i in 0..nargs {
                    to.add(i).write(from.add(i).replace(None));
                }
            }
        }
        self.link(slots, data, len, ip, sp);
        Ok(())
    }

    /// `push` for a frame whose one argument, `arg`, is given rather than moved from the
    /// caller's slots (a call whose argument was computed without going through the stack).
    /// Gives `data` back, changing nothing, when `len` is 0.
    #[inline(always)]
    pub fn push_one(&mut self, data: T, len: u32, ip: u32, sp: u32, arg: Value) -> Result<(), T> {
        let len = len as usize;
        if len == 0 {
            return Err(data);
        }
        let slots = self.ds.take(len + LightHeader::<T>::SLOTS);
        // SAFETY: the region's first slot is in range (`len >= 1`) and empty.
        unsafe { slots.as_ptr().write(Some(arg)) };
        self.link(slots, data, len, ip, sp);
        Ok(())
    }

    /// Writes the header of a frame whose `len` slots start at `slots` (a region just taken
    /// from the data stack, `len + SLOTS` slots long) and makes it the innermost frame.
    #[inline(always)]
    fn link(&mut self, slots: NonNull<Option<Value>>, data: T, len: usize, ip: u32, sp: u32) {
        // SAFETY: the header goes in the region's last `SLOTS` slots, empty and in range,
        // aligned for it (its alignment is at most a slot's, checked in `SLOTS`).
        let header = unsafe { slots.as_ptr().add(len) as *mut LightHeader<T> };
        // SAFETY: as above.
        unsafe {
            header.write(LightHeader {
                data,
                ip,
                sp,
                len: len as u32,
                slots,
                below: self.top,
            })
        };
        // SAFETY: `header` points into the region (never null).
        self.top = Some(unsafe { NonNull::new_unchecked(header) });
        self.depth += 1;
    }

    /// Pops the innermost frame, whose value stack is `used` slots deep (its slots past those
    /// are empty): its slots are emptied and given back to the data stack, `v` is pushed on
    /// the value stack of the frame below (the entry frame, whose slots are `entry` and whose
    /// stack depth `entry_sp`, when there is none), and the popped frame's data is returned.
    /// None (nothing changed) when there is no frame.
    #[inline(always)]
    pub fn pop_return(
        &mut self,
        used: usize,
        v: Value,
        entry: Slots<'_>,
        entry_sp: &mut usize,
    ) -> Option<T> {
        let header = self.top?.as_ptr();
        // SAFETY: the live header `push` wrote (see `top`). Its fields are read one by one
        // (a wide load of what narrower stores just wrote would wait for them to retire), the
        // data moved out once: the header's memory is emptied right after and the pointer to
        // it dropped.
        let (data, below, slots, len) = unsafe {
            (
                std::ptr::addr_of!((*header).data).read(),
                (*header).below,
                (*header).slots,
                (*header).len,
            )
        };
        // SAFETY: the header's slots, in range of its region; emptied as the data stack
        // expects of released slots.
        unsafe { std::ptr::write_bytes(header as *mut Option<Value>, 0, LightHeader::<T>::SLOTS) };
        self.top = below;
        self.depth -= 1;
        let region = Region {
            ptr: slots,
            len: len as usize + LightHeader::<T>::SLOTS,
            heap: false,
        };
        region.release_on(self.ds, used);
        match self.top_mut() {
            Some(below) => {
                below.slots().put(below.sp as usize, v);
                below.sp += 1;
            }
            None => {
                entry.put(*entry_sp, v);
                *entry_sp += 1;
            }
        }
        Some(data)
    }

    /// Takes the frames out, outermost first: each with its data, its slots as a `Region`
    /// (its header's slots included, emptied) and its saved ip and stack depth.
    pub fn drain(&mut self, mut each: impl FnMut(T, Region, u32, u32)) {
        let mut headers = Vec::with_capacity(self.depth);
        let mut at = self.top.take();
        while let Some(h) = at {
            headers.push(h);
            // SAFETY: a live header (see `top`).
            at = unsafe { (*h.as_ptr()).below };
        }
        self.depth = 0;
        for header in headers.into_iter().rev() {
            // SAFETY: as in `pop_return`: read out once, then its memory emptied.
            let h = unsafe { header.as_ptr().read() };
            // SAFETY: as in `pop_return`.
            unsafe {
                std::ptr::write_bytes(
                    header.as_ptr() as *mut Option<Value>,
                    0,
                    LightHeader::<T>::SLOTS,
                )
            };
            let region = Region {
                ptr: h.slots,
                len: h.len as usize + LightHeader::<T>::SLOTS,
                heap: false,
            };
            each(h.data, region, h.ip, h.sp);
        }
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        self.clear_and_release(self.len);
    }
}

/// The runs of the evaluation loop that are waiting on a call into native code, innermost
/// first, as a chain of records that live on the Rust stack. A run publishes its running frame
/// and that frame's callers (all borrowed) for the length of a call that may run Python code
/// again in a nested run, so that the nested run can reach them: `sys._getframe()` and
/// `f_back` go on past the native call into the frames that made it, as CPython's frames,
/// linked through `previous` whatever calls them, do. Generic over the frame type so that it
/// can be tested without a VM.
pub struct RunChain<F> {
    top: Cell<*const RunRecord<F>>,
}

struct RunRecord<F> {
    frame: *const F,
    callers: *const [F],
    prev: *const RunRecord<F>,
}

impl<F> Default for RunChain<F> {
    fn default() -> Self {
        RunChain {
            top: Cell::new(std::ptr::null()),
        }
    }
}

/// Unlinks a record when `publish`'s body ends, by return or by unwinding.
struct Unlink<'a, F> {
    chain: &'a RunChain<F>,
    prev: *const RunRecord<F>,
}

impl<F> Drop for Unlink<'_, F> {
    fn drop(&mut self) {
        self.chain.top.set(self.prev);
    }
}

impl<F> RunChain<F> {
    /// Runs `body` with `frame` (and its `callers`, outermost first) published as the
    /// innermost waiting run.
    #[inline]
    pub fn publish<R>(&self, frame: &F, callers: &[F], body: impl FnOnce() -> R) -> R {
        let record = RunRecord {
            frame,
            callers,
            prev: self.top.get(),
        };
        self.top.set(&record);
        let _unlink = Unlink {
            chain: self,
            prev: record.prev,
        };
        body()
    }

    /// Calls `visit` with each published run's frame and its callers, innermost run first.
    pub fn for_each(&self, mut visit: impl FnMut(&F, &[F])) {
        let mut at = self.top.get();
        while !at.is_null() {
            // A record is linked only while the `publish` call that owns it (on the Rust
            // stack) runs its body, and unlinked before that call returns or unwinds. We are
            // inside every linked body (nothing else can reach the chain: it is per thread
            // and not `Sync`), so the record and the frames it borrows are alive, and their
            // owners, which lent them shared for the body, cannot change them meanwhile.
            // SAFETY: the record is alive (above).
            let record = unsafe { &*at };
            // SAFETY: as above; the references do not outlive this call of `visit`.
            let (frame, callers) = unsafe { (&*record.frame, &*record.callers) };
            visit(frame, callers);
            at = record.prev;
        }
    }

    /// Whether some run is published.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.top.get().is_null()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_runs_are_visible_inside_their_calls_only() {
        let chain: RunChain<String> = RunChain::default();
        let seen = |c: &RunChain<String>| {
            let mut v = Vec::new();
            c.for_each(|f, callers| v.push(format!("{f}<{}>", callers.join(","))));
            v
        };
        let outer = String::from("a");
        let outer_callers = vec![String::from("m")];
        chain.publish(&outer, &outer_callers, || {
            assert_eq!(seen(&chain), ["a<m>"]);
            let inner = String::from("b");
            chain.publish(&inner, &[], || {
                assert_eq!(seen(&chain), ["b<>", "a<m>"]);
            });
            assert_eq!(seen(&chain), ["a<m>"]);
            // A panic inside the body unlinks its record too.
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                chain.publish(&inner, &[], || panic!("unwinding"))
            }));
            assert!(r.is_err());
            assert_eq!(seen(&chain), ["a<m>"]);
        });
        assert!(chain.is_empty());
    }

    #[test]
    fn regions_are_lifo_and_hold_values() {
        let a = Region::alloc(4);
        a.set(0, Value::small_int(1));
        a.set(3, Value::small_int(4));
        assert_eq!(a.get(0).and_then(|v| v.as_small_int()), Some(1));
        assert!(a.get(1).is_none());
        assert!(a.values(0, 2).is_none());
        {
            let b = Region::alloc(3);
            for i in 0..3 {
                b.set(i, Value::small_int(i as i64 + 10));
            }
            let vs = b.values(0, 3).expect("all set");
            assert_eq!(vs[2].as_small_int(), Some(12));
        }
        assert_eq!(a.take(3).and_then(|v| v.as_small_int()), Some(4));
        let big = Region::alloc(CHUNK_SLOTS + 1);
        big.set(CHUNK_SLOTS, Value::small_int(7));
        drop(big);
        assert_eq!(a.get(0).and_then(|v| v.as_small_int()), Some(1));
    }

    #[test]
    fn slot_views_reach_the_region() {
        let r = Region::alloc(3);
        let v = r.slots();
        v.put(0, Value::small_int(1).expect("small"));
        assert!(v.set(2, Value::small_int(3)).is_none());
        assert_eq!(r.get(2).and_then(|x| x.as_small_int()), Some(3));
        assert_eq!(v.take(0).and_then(|x| x.as_small_int()), Some(1));
        assert!(v.get(1).is_none());
        assert!(
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| v.get(3).is_none())).is_err()
        );
    }

    #[test]
    fn light_frames_link_in_the_data_stack() {
        let entry = Region::alloc(4);
        let small = |i: i64| Value::small_int(i).expect("small");
        let int_at = |s: Slots<'_>, i: usize| s.get(i).and_then(|v| v.as_small_int());
        entry.put(1, small(10));
        entry.put(2, small(20));
        let mut entry_sp = 3;
        with_data_stack(|ds| {
            let mut lights: LightFrames<'_, (Box<u32>, String)> = LightFrames::new(ds);
            // The two values on the entry frame's stack become the callee's first slots.
            let data = (Box::new(1), String::from("callee"));
            assert!(lights.push(entry.slots(), data, 3, 5, 2, 1, 2).is_ok());
            assert!(entry.get(1).is_none() && entry.get(2).is_none());
            let top = lights.top().expect("pushed");
            assert_eq!((top.ip, top.sp, &*top.data.1), (5, 2, "callee"));
            assert_eq!(
                (int_at(top.slots(), 0), int_at(top.slots(), 1)),
                (Some(10), Some(20))
            );
            // A frame it calls in turn, taking its second slot; then one that asks for more
            // arguments than it has slots, refused untouched.
            let data = (Box::new(2), String::from("inner"));
            assert!(lights.push(entry.slots(), data, 2, 0, 1, 1, 1).is_ok());
            assert_eq!(lights.depth(), 2);
            let refused = lights.push(entry.slots(), (Box::new(3), String::new()), 1, 0, 0, 0, 2);
            assert_eq!(refused.map_err(|d| *d.0), Err(3));
            assert_eq!(lights.depth(), 2);
            lights.top_mut().expect("inner").ip = 9;
            // A frame whose one argument is given, not moved from the caller (which keeps
            // its slots); one of no slots is refused untouched. It returns at once.
            let before = lights.top().map(|t| int_at(t.slots(), 0));
            let data = (Box::new(4), String::from("given"));
            assert!(lights.push_one(data, 2, 0, 1, small(7)).is_ok());
            let top = lights.top().expect("given");
            assert_eq!(int_at(top.slots(), 0), Some(7));
            assert!(top.slots().get(1).is_none());
            let refused = lights.push_one((Box::new(5), String::new()), 0, 0, 0, small(8));
            assert_eq!(refused.map_err(|d| *d.0), Err(5));
            assert_eq!(lights.depth(), 3);
            let mut unused_sp = 0;
            let done = lights.pop_return(1, small(7), entry.slots(), &mut unused_sp);
            assert_eq!(done.map(|d| d.1), Some(String::from("given")));
            assert_eq!(lights.top().map(|t| int_at(t.slots(), 0)), before);
            let top = lights.top_mut().expect("inner");
            assert_eq!(top.slots().take(1).and_then(|v| v.as_small_int()), Some(7));
            // Returning from the inner frame pushes the value on its caller's stack.
            let done = lights.pop_return(1, small(42), entry.slots(), &mut unused_sp);
            assert_eq!(done.map(|d| d.1), Some(String::from("inner")));
            let top = lights.top().expect("callee");
            assert_eq!((top.sp, int_at(top.slots(), 2)), (3, Some(42)));
            // The rest become full regions, outermost first, their headers emptied.
            let mut seen = Vec::new();
            lights.drain(|data, region, ip, sp| {
                assert!(region.len() >= 3);
                assert!((3..region.len()).all(|i| region.get(i).is_none()));
                seen.push((
                    *data.0,
                    ip,
                    sp,
                    region.get(0).and_then(|v| v.as_small_int()),
                ));
                region.release(sp as usize);
            });
            assert_eq!(seen, [(1, 5, 3, Some(10))]);
            assert_eq!(lights.depth(), 0);
            // With no frame left, a return reaches nothing and changes nothing.
            assert!(lights
                .pop_return(0, small(1), entry.slots(), &mut entry_sp)
                .is_none());
        });
        assert_eq!(entry_sp, 3);
        // Everything above the entry region was given back.
        let next = Region::alloc(1);
        assert_eq!(next.ptr.as_ptr(), entry.ptr.as_ptr().wrapping_add(4));
    }

    #[test]
    fn saved_frames_move_slots() {
        // A frame made on the data stack moves into its own slice, is resumed from it and
        // suspends again without copying; the data stack is left as it was.
        let base = Region::alloc(1);
        let r = Region::alloc(2);
        r.set(1, Value::small_int(5));
        let slots = r.into_heap();
        assert_eq!(slots.len(), 2);
        let r2 = Region::from_heap(slots);
        assert_eq!(r2.get(1).and_then(|v| v.as_small_int()), Some(5));
        r2.set(0, Value::small_int(6));
        let slots = r2.into_heap();
        assert_eq!(slots[0].as_ref().and_then(|v| v.as_small_int()), Some(6));
        drop(Region::from_heap(slots));
        let next = Region::alloc(1);
        assert_eq!(next.ptr.as_ptr(), base.ptr.as_ptr().wrapping_add(1));
    }
}
