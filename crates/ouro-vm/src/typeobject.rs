//! Type objects: `TypeData`, the payload of every class (built-in or made by a `class`
//! statement): name, bases, C3 method resolution order, the class `__dict__`, the version tag
//! that specialised instructions will guard on, and the Rust payload its instances carry.
//! Special methods live in the class dicts (built-in ones as Rust-backed descriptors), found by
//! `lookup` along the MRO through a per-type cache that the version tag invalidates.
//! CPython counterpart: Objects/typeobject.c.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::{alloc_object, layout_flags, Obj, Payload, PayloadInfo, PyRef, Value};
use crate::objects::dict::DictData;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

/// `tp_flags` bits (the values CPython uses, for `__flags__`).
pub mod flags {
    pub const HEAPTYPE: u64 = 1 << 9;
    pub const BASETYPE: u64 = 1 << 10;
    pub const READY: u64 = 1 << 12;
    pub const IS_ABSTRACT: u64 = 1 << 20;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    /// ouro's own bit: the class defines `__del__`.
    pub const HAS_FINALIZER: u64 = 1 << 40;
}

static NEXT_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

fn next_version() -> u32 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The payload of a type object.
pub struct TypeData {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub flags: Cell<u64>,
    /// Layout bits of `object::layout_flags`, fixed at creation.
    pub layout_flags: u64,
    /// The Rust payload of instances (that of the nearest built-in base).
    pub payload: PayloadInfo,
    /// `__base__`: the base whose layout instances extend.
    pub base: RefCell<Option<PyRef<TypeData>>>,
    pub bases: RefCell<Vec<PyRef<TypeData>>>,
    /// The MRO after this type itself (a type does not hold a reference to itself).
    pub mro_tail: RefCell<Vec<PyRef<TypeData>>>,
    pub dict: PyRef<DictData>,
    /// Changes whenever the type or one of its bases is modified (PEP 659 guards).
    pub version: Cell<u32>,
    /// Weak list of direct subclasses (addresses), for invalidating versions.
    pub subclasses: RefCell<Vec<usize>>,
    /// Names from `__slots__`, in order; their values live in the instance payload.
    pub slot_names: Vec<Rc<str>>,
    /// Number of slot values an instance holds (own slots plus inherited ones).
    pub nslots: usize,
    /// Cache of special-method lookups: (version, name address) -> result.
    cache: RefCell<Vec<(u32, usize, Option<Value>)>>,
}

impl Payload for TypeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.dict.as_value());
        for b in self.bases.borrow().iter() {
            visit(b.as_value());
        }
        for b in self.mro_tail.borrow().iter() {
            visit(b.as_value());
        }
    }
}

pub type TypeRef = PyRef<TypeData>;

impl TypeData {
    pub fn new(
        name: &str,
        flags: u64,
        layout_flags: u64,
        payload: PayloadInfo,
        base: Option<TypeRef>,
        dict: PyRef<DictData>,
    ) -> TypeData {
        TypeData {
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(Rc::from(name)),
            flags: Cell::new(flags),
            layout_flags,
            payload,
            bases: RefCell::new(base.iter().cloned().collect()),
            base: RefCell::new(base),
            mro_tail: RefCell::new(Vec::new()),
            dict,
            version: Cell::new(next_version()),
            subclasses: RefCell::new(Vec::new()),
            slot_names: Vec::new(),
            nslots: 0,
            cache: RefCell::new(Vec::new()),
        }
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    pub(crate) fn has_finalizer(&self) -> bool {
        self.flags.get() & flags::HAS_FINALIZER != 0
    }

    pub fn is_heap(&self) -> bool {
        self.flags.get() & flags::HEAPTYPE != 0
    }
}

impl Obj<TypeData> {
    /// The MRO, this type first.
    pub fn mro(&self) -> Vec<TypeRef> {
        let mut v = Vec::with_capacity(self.mro_tail.borrow().len() + 1);
        v.push(self.to_ref());
        v.extend(self.mro_tail.borrow().iter().cloned());
        v
    }

    /// Whether this type is `other` or a subclass of it.
    pub fn is_subtype(&self, other: &Obj<TypeData>) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro_tail
            .borrow()
            .iter()
            .any(|t| std::ptr::eq(t.obj(), other))
    }

    /// Looks `name` up along the MRO (CPython `_PyType_Lookup`), without invoking descriptors.
    pub fn lookup(&self, name: &Obj<StrData>) -> Option<Value> {
        let version = self.version.get();
        let key = name.addr();
        {
            let cache = self.cache.borrow();
            for (v, k, r) in cache.iter() {
                if *v == version && *k == key {
                    return r.clone();
                }
            }
        }
        let found = self.lookup_uncached(name);
        let mut cache = self.cache.borrow_mut();
        if cache.len() >= 32 || cache.first().is_some_and(|e| e.0 != version) {
            cache.clear();
        }
        cache.push((version, key, found.clone()));
        // Interned names are immortal-ish (held by the interning table), so the address is a
        // stable key for as long as the version stays the same.
        found
    }

    fn lookup_uncached(&self, name: &Obj<StrData>) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for t in self.mro_tail.borrow().iter() {
            if let Some(v) = t.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Marks this type and its subclasses as modified.
    pub fn modified(&self) {
        self.version.set(next_version());
        self.cache.borrow_mut().clear();
        let subs = self.subclasses.borrow().clone();
        for addr in subs {
            // SAFETY-free: subclass addresses are only followed while the subclass is alive; a
            // subclass removes itself from this list when freed (see `Drop for TypeData`).
            if let Some(sub) = crate::types::type_at(addr) {
                sub.modified();
            }
        }
    }
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // Remove this type from its bases' subclass lists. `self` no longer has an address in a
        // live object here, so bases drop entries that point to freed types lazily instead.
    }
}

/// Computes the C3 linearisation of `bases` for a new class (CPython `mro_internal`), or the
/// TypeError CPython raises.
pub fn c3_mro(vm: &Vm, bases: &[TypeRef]) -> PyResult<Vec<TypeRef>> {
    let mut seqs: Vec<Vec<TypeRef>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| PyRef::ptr_eq(x, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if PyRef::ptr_eq(&s[0], &c) {
                        s.remove(0);
                    }
                }
                result.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0].name().to_string();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(vm.new_type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// Allocates a type object as an instance of `metatype`.
pub fn alloc_type(metatype: &Obj<TypeData>, data: TypeData) -> TypeRef {
    let t = alloc_object(metatype, data);
    let _ = layout_flags::HAS_GC;
    t
}
