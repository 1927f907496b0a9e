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
    /// ouro's own bit: a type made in Rust whose name carries its module
    /// ("collections.defaultdict"), as CPython's `tp_name` of a static type does.
    pub const DOTTED_NAME: u64 = 1 << 41;
}

static NEXT_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// Bumped whenever any type is modified: subclasses are not reachable from their bases (no
/// weak references yet), so a lookup cache entry is valid only while no type has changed.
static TYPE_EPOCH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

fn epoch() -> u32 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Key shapes of instance dicts (`shape_transition`) made so far, and per type at most.
static NEXT_SHAPE: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);
const MAX_SHAPES: usize = 64;

/// The `keys_version` of a dict whose keys are those of a shape: the shape's code with this
/// bit, never a value `dict.rs` gives out (its counter would need 2^62 insertions).
pub const SHAPE_BIT: u64 = 1 << 62;

/// The key shape of an instance dict with `len` keys and this `keys_version`: Some(code) when its keys are exactly those of the
/// shape `code` (the number of keys in bits 0-7, a number unique across all shapes above;
/// code 0 is the empty dict). A dict is in shape S while its `keys_version` is
/// `SHAPE_BIT | S` and it holds S's number of keys: the version changes whenever a key is
/// added, and removing one lowers the count (CPython keeps shared keys for the same purpose:
/// instances of a class whose attributes were set in the same order).
#[inline]
pub fn shape_of(len: usize, keys_version: u64) -> Option<u32> {
    let n = len as u64;
    if n == 0 {
        return Some(0);
    }
    if keys_version & !0xffff_ffff == SHAPE_BIT && keys_version & 0xff == n {
        Some(keys_version as u32)
    } else {
        None
    }
}

/// Entries of a type's lookup cache (a power of two).
const LOOKUP_CACHE_SIZE: usize = 32;

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
    /// Cache of special-method lookups: (version, name address) -> result; each entry holds
    /// its name so that the address cannot be reused by another string while it is cached.
    #[allow(clippy::type_complexity)]
    cache: RefCell<Vec<(u32, usize, Option<Value>, Option<PyRef<StrData>>)>>,
    /// Transitions between the key shapes of instance dicts (see `shape_transition`): (from,
    /// name, to). CPython keeps one shared keys object per class (`ht_cached_keys`).
    shapes: RefCell<Vec<(u32, PyRef<StrData>, u32)>>,
    /// For `ceval::alloc_for_init`: the `version_key` at which `__new__` was last found to be
    /// `object.__new__` (0: not known) and the `__init__` found then, so that making an
    /// instance looks up neither again while the type is unchanged.
    pub init_plan: RefCell<(u64, Option<Value>)>,
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
        // The lookup cache holds references too (methods of the class itself, often).
        if let Ok(cache) = self.cache.try_borrow() {
            for (_, _, v, _) in cache.iter() {
                if let Some(v) = v {
                    visit(v);
                }
            }
        }
        if let Ok(plan) = self.init_plan.try_borrow() {
            if let Some(v) = &plan.1 {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = match self.cache.try_borrow_mut() {
            Ok(mut c) => std::mem::take(&mut *c),
            Err(_) => Vec::new(),
        };
        drop(old);
        let old = match self.init_plan.try_borrow_mut() {
            Ok(mut p) => std::mem::take(&mut *p),
            Err(_) => (0, None),
        };
        drop(old);
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
            shapes: RefCell::new(Vec::new()),
            init_plan: RefCell::new((0, None)),
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

    /// The version tag joined with the global type epoch, never zero: while it stays the same,
    /// no type has been modified, so what `lookup` finds on this type is unchanged (the guard of
    /// the evaluation loop's attribute caches).
    #[inline]
    pub fn version_key(&self) -> u64 {
        ((epoch() as u64) << 32) | self.version.get() as u64 | 1 << 63
    }

    /// Looks `name` up along the MRO (CPython `_PyType_Lookup`), without invoking descriptors.
    /// The hit in the cache is inlined into callers; a miss walks the MRO out of line.
    #[inline]
    pub fn lookup(&self, name: &Obj<StrData>) -> Option<Value> {
        let version = self.version.get() ^ epoch().rotate_left(16);
        let key = name.addr();
        // A direct-mapped cache indexed by the name's address (CPython: typeobject.c's method
        // cache, indexed by version and name).
        let idx = ((key >> 4) ^ (key >> 10)) & (LOOKUP_CACHE_SIZE - 1);
        {
            let cache = self.cache.borrow();
            if let Some((v, k, r, _)) = cache.get(idx) {
                if *v == version && *k == key {
                    return r.clone();
                }
            }
        }
        self.lookup_miss(name, version, key, idx)
    }

    #[inline(never)]
    fn lookup_miss(
        &self,
        name: &Obj<StrData>,
        version: u32,
        key: usize,
        idx: usize,
    ) -> Option<Value> {
        let found = self.lookup_uncached(name);
        let mut cache = self.cache.borrow_mut();
        if cache.is_empty() {
            cache.resize_with(LOOKUP_CACHE_SIZE, || (0, 0, None, None));
        }
        // The entry keeps the name alive (names built at run time, as `getattr(o, "a" + b)`
        // makes, are not interned), so the address is a stable key while the version stays.
        let entry = (version, key, found.clone(), Some(name.to_ref()));
        let old = std::mem::replace(&mut cache[idx], entry);
        drop(cache);
        drop(old);
        found
    }

    fn lookup_uncached(&self, name: &Obj<StrData>) -> Option<Value> {
        if let Some(v) = self.own_attribute(name) {
            return Some(v);
        }
        for t in self.mro_tail.borrow().iter() {
            if let Some(v) = t.own_attribute(name) {
                return Some(v);
            }
        }
        None
    }

    /// `name` in this type's own dict. A built-in type's `__doc__` is put there on first use
    /// (its text, or None), so that `(42).__doc__` is int's text and not object's.
    fn own_attribute(&self, name: &Obj<StrData>) -> Option<Value> {
        match self.dict.get_str(name) {
            Some(v) => Some(v),
            None if !self.is_heap() && name.as_str() == "__doc__" => {
                Some(self.ensure_builtin_doc(name))
            }
            None => None,
        }
    }

    /// Puts a built-in type's `__doc__` in its dict if it is not there yet (CPython's
    /// type_ready sets it for every static type; here it is made on first use, to spare
    /// start-up a hundred long strings) and returns it.
    pub(crate) fn ensure_builtin_doc(&self, key: &Obj<StrData>) -> Value {
        if let Some(v) = self.dict.get_str(key) {
            return v;
        }
        let types = crate::types::types();
        let doc = match crate::builtin_docs::lookup("@type", &self.qualname.borrow()) {
            Some(text) => crate::object::alloc_object(types.str, StrData::new(text)).into_value(),
            None => types.none_value.clone(),
        };
        self.dict
            .insert_new_str(key, doc.clone(), crate::objects::dict::next_keys_version());
        doc
    }

    /// The key shape an instance dict in shape `from` reaches when the new key `name` is
    /// added (see `shape_of`), or None once this type has too many shapes. Shapes are
    /// numbered across all types, so that a shape names one sequence of keys wherever it is
    /// seen (an instance keeps its dict when `__class__` is assigned).
    pub fn shape_transition(&self, from: u32, name: &Obj<StrData>) -> Option<u32> {
        let n = from & 0xff;
        if n >= 0xfe {
            return None;
        }
        let mut shapes = self.shapes.borrow_mut();
        for (f, k, t) in shapes.iter() {
            if *f == from && (k.addr() == name.addr() || k.eq_data(name)) {
                return Some(*t);
            }
        }
        if shapes.len() >= MAX_SHAPES {
            return None;
        }
        let id = NEXT_SHAPE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if id >= 1 << 24 {
            return None;
        }
        let to = id << 8 | (n + 1);
        shapes.push((from, name.to_ref(), to));
        Some(to)
    }

    /// Marks this type and its subclasses as modified.
    pub fn modified(&self) {
        TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.version.set(next_version());
        let old = std::mem::take(&mut *self.cache.borrow_mut());
        drop(old);
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

fn type_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<TypeData>> {
    v.downcast::<TypeData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'type' object"))
}

/// Refuses to change an attribute of a built-in type (CPython `check_set_special_type_attr`).
fn check_settable(vm: &Vm, t: &Obj<TypeData>, name: &str, v: &Option<Value>) -> PyResult<()> {
    if !t.is_heap() {
        return Err(vm.new_type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            t.name()
        )));
    }
    if v.is_none() {
        return Err(vm.new_type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            t.name()
        )));
    }
    Ok(())
}

fn set_type_name(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = type_of(vm, v)?;
    check_settable(vm, t, "__name__", &x)?;
    let x = x.unwrap_or_else(|| vm.none.clone());
    let Some(s) = x.downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            x.class().name()
        )));
    };
    if s.as_str().contains('\0') {
        return Err(vm.new_value_error("type name must not contain null characters"));
    }
    *t.name.borrow_mut() = Rc::from(s.as_str());
    Ok(())
}

fn set_type_qualname(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = type_of(vm, v)?;
    check_settable(vm, t, "__qualname__", &x)?;
    let x = x.unwrap_or_else(|| vm.none.clone());
    let Some(s) = x.downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name(),
            x.class().name()
        )));
    };
    *t.qualname.borrow_mut() = Rc::from(s.as_str());
    Ok(())
}

fn get_type_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = type_of(vm, v)?;
    match t.dict.get_str(&vm.names.__module__) {
        Some(m) if t.is_heap() || m.downcast::<StrData>().is_some() => Ok(m),
        _ => Ok(vm.new_string(builtin_module_of(t).unwrap_or_else(|| "builtins".to_string()))),
    }
}

/// The module part of a built-in type's dotted name ("typing.TypeVar" -> "typing"), as
/// CPython derives `__module__` from `tp_name`.
pub fn builtin_module_of(t: &Obj<TypeData>) -> Option<String> {
    let name = t.name();
    name.rsplit_once('.').map(|(m, _)| m.to_string())
}

fn set_type_module(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = type_of(vm, v)?;
    check_settable(vm, t, "__module__", &x)?;
    if let Some(x) = x {
        t.dict.set_str(vm, &vm.names.__module__, x);
    }
    t.modified();
    Ok(())
}

/// `type.__text_signature__`: the constructor signature CPython's built-in types document
/// (from the table generated from python3.12); None for other types.
fn get_type_text_signature(vm: &Vm, v: &Value) -> PyResult<Value> {
    let sig = v
        .downcast::<TypeData>()
        .filter(|t| !t.is_heap())
        .and_then(|t| crate::text_signatures::lookup("@type", &t.qualname.borrow()));
    Ok(sig.map_or_else(|| vm.none.clone(), |s| vm.new_str(s)))
}

fn get_type_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = type_of(vm, v)?;
    match t.dict.get_str(&vm.names.__doc__) {
        Some(d) if t.is_heap() => crate::ops::descr_get(vm, d, None, t),
        Some(d) if d.downcast::<StrData>().is_some() => Ok(d),
        // A built-in type's own text: CPython's (from the table generated from python3.12).
        None if !t.is_heap() => Ok(
            match crate::builtin_docs::lookup("@type", &t.qualname.borrow()) {
                Some(doc) => vm.new_str(doc),
                None => vm.none.clone(),
            },
        ),
        _ => Ok(vm.none.clone()),
    }
}

fn set_type_doc(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = type_of(vm, v)?;
    check_settable(vm, t, "__doc__", &x)?;
    if let Some(x) = x {
        t.dict.set_str(vm, &vm.names.__doc__, x);
    }
    t.modified();
    Ok(())
}

fn set_type_bases(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = type_of(vm, v)?;
    check_settable(vm, t, "__bases__", &x)?;
    let x = x.unwrap_or_else(|| vm.none.clone());
    let Some(items) = x.downcast::<crate::objects::tuple::TupleData>() else {
        return Err(vm.new_type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            t.name(),
            x.class().name()
        )));
    };
    if items.is_empty() {
        return Err(vm.new_type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name()
        )));
    }
    let mut bases = Vec::new();
    for b in items.items() {
        match b.downcast_ref::<TypeData>() {
            Some(bt) => {
                if bt.is_subtype(t) {
                    return Err(vm.new_type_error("a __bases__ item causes an inheritance cycle"));
                }
                bases.push(bt)
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "{}.__bases__ must be tuple of classes, not '{}'",
                    t.name(),
                    b.class().name()
                )))
            }
        }
    }
    // CPython: best_base, after the cycle check.
    if let Some(b) = bases.iter().find(|b| b.flags.get() & flags::BASETYPE == 0) {
        return Err(vm.new_type_error(format!(
            "type '{}' is not an acceptable base type",
            b.name()
        )));
    }
    // The instances keep their layout: the new bases must give the same one as the old base
    // (CPython: compatible_for_assignment). The base that decides it is the first with a
    // payload other than a plain object's (CPython: best_base).
    let object_payload = vm.types.object.payload.id;
    let new_base = bases
        .iter()
        .find(|b| b.payload.id != object_payload)
        .or(bases.first())
        .cloned();
    let old_base = t.base.borrow().clone();
    if let (Some(nb), Some(ob)) = (&new_base, &old_base) {
        let gc = |t: &TypeData| t.layout_flags & layout_flags::HAS_GC != 0;
        let what = if gc(nb) != gc(ob) {
            Some("deallocator")
        } else if nb.payload.id != ob.payload.id
            || nb.nslots != ob.nslots
            || nb.layout_flags != ob.layout_flags
        {
            Some("object layout")
        } else {
            None
        };
        if let Some(what) = what {
            return Err(vm.new_type_error(format!(
                "__bases__ assignment: '{}' {what} differs from '{}'",
                nb.name(),
                ob.name()
            )));
        }
    }
    let mro = c3_mro(vm, &bases)?;
    if new_base.is_some() {
        *t.base.borrow_mut() = new_base;
    }
    *t.bases.borrow_mut() = bases;
    *t.mro_tail.borrow_mut() = mro;
    t.modified();
    Ok(())
}

fn get_abstractmethods(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = type_of(vm, v)?;
    let name = vm.intern("__abstractmethods__");
    let found = if std::ptr::eq(t, vm.types.type_) {
        None
    } else {
        t.dict.get_str(&name)
    };
    found.ok_or_else(|| vm.new_attribute_error("__abstractmethods__"))
}

fn set_abstractmethods(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let t = type_of(vm, v)?;
    let name = vm.intern("__abstractmethods__");
    let abstract_ = match &x {
        Some(x) => vm.is_true(x)?,
        None => false,
    };
    match x {
        Some(x) => t.dict.set_str(vm, &name, x),
        None => {
            if t.dict.remove_item(vm, &name.to_value())?.is_none() {
                return Err(vm.new_attribute_error("__abstractmethods__"));
            }
        }
    }
    let f = t.flags.get();
    t.flags.set(if abstract_ {
        f | flags::IS_ABSTRACT
    } else {
        f & !flags::IS_ABSTRACT
    });
    t.modified();
    Ok(())
}

fn type_mro_method(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(vm, args.first().unwrap_or(&vm.none))?;
    Ok(vm.new_list(t.mro().into_iter().map(|t| t.into_value()).collect()))
}

fn type_subclasses(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(vm, args.first().unwrap_or(&vm.none))?;
    let mut out: Vec<Value> = Vec::new();
    let is_direct = |s: &Obj<TypeData>| s.bases.borrow().iter().any(|b| std::ptr::eq(b.obj(), t));
    // Built-in subclasses (immortal, not tracked by the collector).
    let tys = vm.types;
    let mut statics = vec![tys.bool_];
    statics.extend(tys.exc.all().into_iter().map(|(_, e)| e));
    for s in statics {
        if is_direct(s) {
            out.push(s.to_value());
        }
    }
    // Classes are tracked by the cycle collector and refer to their bases: the direct
    // subclasses are among the referrers of `t`, in creation order.
    for r in crate::gc::referrers(&[t.to_value()]) {
        if let Some(s) = r.downcast::<TypeData>() {
            if is_direct(s) && !out.iter().any(|o| o.is(&r)) {
                out.push(r.clone());
            }
        }
    }
    Ok(vm.new_list(out))
}

fn type_instancecheck(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(vm, args.first().unwrap_or(&vm.none))?;
    let Some(obj) = args.get(1) else {
        return Err(vm.new_type_error("__instancecheck__() takes exactly one argument (0 given)"));
    };
    if obj.class().is_subtype(t) {
        return Ok(vm.true_.clone());
    }
    // An object may claim another class through `__class__`.
    let r = match vm.getattr_opt(obj, &vm.intern("__class__"))? {
        Some(c) => c.downcast::<TypeData>().is_some_and(|c| c.is_subtype(t)),
        None => false,
    };
    Ok(vm.new_bool(r))
}

fn type_subclasscheck(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(vm, args.first().unwrap_or(&vm.none))?;
    let Some(sub) = args.get(1) else {
        return Err(vm.new_type_error("__subclasscheck__() takes exactly one argument (0 given)"));
    };
    let Some(s) = sub.downcast::<TypeData>() else {
        return Err(vm.new_type_error("issubclass() arg 1 must be a class"));
    };
    Ok(vm.new_bool(s.is_subtype(t)))
}

fn type_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_of(vm, args.first().unwrap_or(&vm.none))?;
    let module = match t.dict.get_str(&vm.names.__module__) {
        Some(m) if !t.is_heap() && m.downcast::<StrData>().is_none() => builtin_module_of(t),
        Some(m) => m.downcast::<StrData>().map(|s| s.as_str().to_string()),
        None => Some("builtins".to_string()),
    };
    let q = t.qualname.borrow().clone();
    Ok(vm.new_string(match module {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    }))
}

fn type_prepare(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_dict().into_value())
}

/// Registers the attributes of `type` (`__name__`, `__module__`, `mro()`...).
pub fn init_type_attrs(vm: &Vm) {
    use crate::objects::builtin::{add_classmethod, add_method};
    use crate::objects::descr::add_getset;
    let t = vm.types.type_;
    let old_name = t.dict.get_str(&vm.intern("__name__"));
    let old_qualname = t.dict.get_str(&vm.intern("__qualname__"));
    let old_bases = t.dict.get_str(&vm.intern("__bases__"));
    fn getter_of(d: Option<Value>) -> Option<crate::objects::descr::Getter> {
        d.and_then(|d| {
            d.downcast::<crate::objects::descr::GetSetDescrData>()
                .map(|g| g.get)
        })
    }
    if let Some(g) = getter_of(old_name) {
        add_getset(vm, t, "__name__", g, Some(set_type_name));
    }
    if let Some(g) = getter_of(old_qualname) {
        add_getset(vm, t, "__qualname__", g, Some(set_type_qualname));
    }
    if let Some(g) = getter_of(old_bases) {
        add_getset(vm, t, "__bases__", g, Some(set_type_bases));
    }
    add_getset(vm, t, "__module__", get_type_module, Some(set_type_module));
    add_getset(vm, t, "__doc__", get_type_doc, Some(set_type_doc));
    add_getset(vm, t, "__text_signature__", get_type_text_signature, None);
    add_getset(
        vm,
        t,
        "__abstractmethods__",
        get_abstractmethods,
        Some(set_abstractmethods),
    );
    add_method(vm, t, "mro", type_mro_method);
    add_method(vm, t, "__subclasses__", type_subclasses);
    add_method(vm, t, "__instancecheck__", type_instancecheck);
    add_method(vm, t, "__subclasscheck__", type_subclasscheck);
    add_method(vm, t, "__repr__", type_repr);
    add_classmethod(vm, t, "__prepare__", type_prepare);
}
