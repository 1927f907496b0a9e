//! `dict`: an insertion-ordered hash table laid out as CPython's compact dict (an index table
//! probed with CPython's perturbation scheme, pointing into a dense entry array), so that
//! iteration order and behaviour under deletion match. Keys compare by identity first, then
//! exact `str` keys directly, then through `__eq__` with the table borrow released (a mutation
//! during the comparison restarts the lookup, as CPython does). CPython: Objects/dictobject.c.

use std::cell::{Cell, RefCell};

use crate::object::{Obj, Payload, PyRef, Value};
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

use ouro_bytecode::pyhash::next_probe;
const MIN_SIZE: usize = 8;
const EMPTY: i64 = -1;
const DUMMY: i64 = -2;

/// The index table: each slot holds EMPTY, DUMMY or an index into the entries. A table of
/// `MIN_SIZE` slots (what most dicts, instance dicts among them, never grow beyond) is eight
/// one-byte slots packed in a word, so that a new dict allocates no index table; a larger one
/// is a vector. CPython: dictobject.c sizes the slots of a keys object by the table's size
/// (`DK_IXSIZE`), one byte for small tables.
struct Indices {
    /// The packed small table (slot `i` in byte `i`, as an `i8`), used while `big` is empty.
    small: u64,
    big: Vec<i64>,
}

/// A packed small table with every slot EMPTY.
const SMALL_EMPTY: u64 = u64::MAX;

impl Default for Indices {
    fn default() -> Self {
        Indices {
            small: SMALL_EMPTY,
            big: Vec::new(),
        }
    }
}

impl Indices {
    /// A table of `size` (a power of two, at least `MIN_SIZE`) EMPTY slots.
    #[inline]
    fn with_size(size: usize) -> Indices {
        if size <= MIN_SIZE {
            Indices::default()
        } else {
            Indices {
                small: SMALL_EMPTY,
                big: vec![EMPTY; size],
            }
        }
    }

    /// The number of slots.
    #[inline(always)]
    fn len(&self) -> usize {
        if self.big.is_empty() {
            MIN_SIZE
        } else {
            self.big.len()
        }
    }

    #[inline(always)]
    fn at(&self, i: usize) -> i64 {
        if self.big.is_empty() {
            (self.small >> ((i & (MIN_SIZE - 1)) * 8)) as u8 as i8 as i64
        } else {
            self.big[i]
        }
    }

    /// Sets slot `i`; an entry index in a small table is below its usable size (5), so it
    /// fits a byte.
    #[inline(always)]
    fn put(&mut self, i: usize, ix: i64) {
        if self.big.is_empty() {
            let shift = (i & (MIN_SIZE - 1)) * 8;
            self.small = (self.small & !(0xff << shift)) | ((ix as i8 as u8 as u64) << shift);
        } else {
            self.big[i] = ix;
        }
    }
}

#[derive(Default)]
pub struct DictTable {
    indices: Indices,
    /// Entries in insertion order; `None` once deleted.
    entries: Vec<Option<(i64, Value, Value)>>,
    used: usize,
}

pub struct DictData {
    table: RefCell<DictTable>,
    /// Bumped on every change, for lookups that released the borrow and for iterators.
    pub version: Cell<u64>,
    /// `defaultdict.default_factory` (CPython's defaultdict struct extends the dict's with
    /// it); always None for other dicts.
    pub default_factory: Cell<Option<Value>>,
    /// Zero until a key is first added; then, on every key added, a new value unique across
    /// all dicts (`next_keys_version`). While it is unchanged no name has appeared in the dict,
    /// which lets `LOAD_GLOBAL` remember that a name is not a global (CPython: dk_version).
    pub keys_version: Cell<u64>,
}

static KEYS_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub(crate) fn next_keys_version() -> u64 {
    KEYS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Payload for DictData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for (_, k, v) in t.entries.iter().flatten() {
                visit(k);
                visit(v);
            }
        }
        let f = self.default_factory.take();
        if let Some(f) = &f {
            visit(f);
        }
        self.default_factory.set(f);
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
        drop(self.default_factory.take());
    }
}

impl Default for DictData {
    fn default() -> Self {
        DictData::new()
    }
}

enum Probe {
    Found(usize),
    /// Not found (the slot where the key would go is found again when inserting).
    Missing(#[allow(dead_code)] usize),
}

fn exact_str(v: &Value) -> Option<&Obj<StrData>> {
    let s = v.downcast::<StrData>()?;
    if std::ptr::eq(s.class(), crate::types::str_type()) {
        Some(s)
    } else {
        None
    }
}

/// Whether two keys that are not the same object are equal, when that needs no Python code:
/// both are small ints or exact strs (distinct small ints differ; an int never equals a str).
/// None when `__eq__` must decide.
#[inline]
pub(crate) fn native_key_eq(k: &Value, key: &Value) -> Option<bool> {
    match (exact_str(k), exact_str(key)) {
        (Some(a), Some(b)) => Some(a.eq_data(b)),
        (Some(_), None) => key.is_small_int().then_some(false),
        (None, Some(_)) => k.is_small_int().then_some(false),
        (None, None) => (k.is_small_int() && key.is_small_int()).then_some(false),
    }
}

/// The hash of a small int or an exact str key without a call, or None.
#[inline]
pub(crate) fn native_hash(key: &Value) -> Option<i64> {
    if let Some(i) = key.as_small_int() {
        // A non-negative int below the modulus 2**61 - 1 is its own hash.
        if (0..(1i64 << 61) - 1).contains(&i) {
            return Some(i);
        }
        return Some(crate::pyhash::hash_i64(i));
    }
    exact_str(key).map(|s| s.hash_value())
}

/// The outcome of a probe that calls no Python code.
enum Fast {
    /// (entry index, index-table slot).
    Found(usize, usize),
    /// The slot a new entry would take.
    Missing(usize),
    /// A key with the same hash needs `__eq__`.
    Slow,
}

impl DictTable {
    /// CPython's lookup for keys whose comparisons need no Python code (the common case).
    /// The first slot is tried inline: an empty slot or the very key object there settles
    /// most lookups.
    #[inline(always)]
    fn probe_fast(&self, key: &Value, hash: i64) -> Fast {
        let i = (hash as u64 as usize) & (self.indices.len() - 1);
        let ix = self.indices.at(i);
        if ix == EMPTY {
            return Fast::Missing(i);
        }
        if ix >= 0 {
            if let Some(Some((_, k, _))) = self.entries.get(ix as usize) {
                if k.is(key) {
                    return Fast::Found(ix as usize, i);
                }
            }
        }
        self.probe_fast_loop(key, hash)
    }

    /// `probe_fast` beyond the first slot's easy cases.
    #[inline(never)]
    fn probe_fast_loop(&self, key: &Value, hash: i64) -> Fast {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free = usize::MAX;
        loop {
            let ix = self.indices.at(i);
            if ix == EMPTY {
                return Fast::Missing(if free != usize::MAX { free } else { i });
            }
            if ix == DUMMY {
                if free == usize::MAX {
                    free = i;
                }
            } else if let Some((h, k, _)) = &self.entries[ix as usize] {
                if k.is(key) {
                    return Fast::Found(ix as usize, i);
                }
                if *h == hash {
                    match native_key_eq(k, key) {
                        Some(true) => return Fast::Found(ix as usize, i),
                        Some(false) => {}
                        None => return Fast::Slow,
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    fn usable(&self) -> usize {
        self.indices.len() * 2 / 3
    }

    /// Rebuilds the index table with at least `min_size` slots, compacting the entries.
    fn resize(&mut self, min_size: usize) {
        let mut size = MIN_SIZE;
        while size < min_size {
            size <<= 1;
        }
        self.entries.retain(|e| e.is_some());
        self.indices = Indices::with_size(size);
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let h = e.as_ref().map(|e| e.0).unwrap_or(0);
            let mut perturb = h as u64;
            let mut i = (h as u64 as usize) & mask;
            while self.indices.at(i) != EMPTY {
                i = next_probe(i, &mut perturb, mask);
            }
            self.indices.put(i, ix as i64);
        }
    }

    /// Appends an entry for a key known to be absent, at the empty index slot `slot` a probe
    /// found (None: looked up here), growing the table first when it is full.
    #[inline]
    fn push_new(&mut self, hash: i64, key: Value, value: Value, slot: Option<usize>) {
        let slot = if self.entries.len() >= self.usable() {
            let want = (self.used * 3).max(MIN_SIZE);
            self.resize(want);
            self.find_empty_slot(hash)
        } else {
            slot.unwrap_or_else(|| self.find_empty_slot(hash))
        };
        let ix = self.entries.len();
        self.entries.push(Some((hash, key, value)));
        self.indices.put(slot, ix as i64);
        self.used += 1;
    }

    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices.at(i) >= 0 {
            i = next_probe(i, &mut perturb, mask);
        }
        i
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData {
            table: RefCell::new(DictTable::default()),
            version: Cell::new(0),
            default_factory: Cell::new(None),
            keys_version: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// An empty dict with room for `n` keys before its tables grow (a new instance dict).
    pub fn with_capacity(n: usize) -> DictData {
        let mut size = MIN_SIZE;
        while size * 2 / 3 < n {
            size <<= 1;
        }
        DictData {
            table: RefCell::new(DictTable {
                indices: Indices::with_size(size),
                entries: Vec::with_capacity(n),
                used: 0,
            }),
            ..DictData::new()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Finds `key` (with `hash`), calling `__eq__` when needed.
    fn probe(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let start_version = self.version.get();
            let mut perturb = hash as u64;
            let mut free_slot = None;
            let (mut i, mask) = {
                let t = self.table.borrow();
                let mask = t.indices.len() - 1;
                ((hash as u64 as usize) & mask, mask)
            };
            loop {
                let candidate = {
                    let t = self.table.borrow();
                    let ix = t.indices.at(i);
                    if ix == EMPTY {
                        return Ok(Probe::Missing(free_slot.unwrap_or(i)));
                    }
                    let mut candidate = None;
                    if ix == DUMMY {
                        if free_slot.is_none() {
                            free_slot = Some(i);
                        }
                    } else if let Some((h, k, _)) = &t.entries[ix as usize] {
                        if k.is(key) {
                            return Ok(Probe::Found(ix as usize));
                        }
                        if *h == hash {
                            match (exact_str(k), exact_str(key)) {
                                (Some(a), Some(b)) => {
                                    if a.eq_data(b) {
                                        return Ok(Probe::Found(ix as usize));
                                    }
                                }
                                _ => candidate = Some((ix as usize, k.clone())),
                            }
                        }
                    }
                    candidate
                };
                if let Some((ix, k)) = candidate {
                    let eq = vm.eq_bool(&k, key)?;
                    if self.version.get() != start_version {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Probe::Found(ix));
                    }
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    /// `d[key]` lookup with a known hash.
    pub fn get_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        {
            let t = self.table.borrow();
            match t.probe_fast(key, hash) {
                Fast::Found(ix, _) => return Ok(t.entries[ix].as_ref().map(|e| e.2.clone())),
                Fast::Missing(_) => return Ok(None),
                Fast::Slow => {}
            }
        }
        match self.probe(vm, key, hash)? {
            Probe::Found(ix) => Ok(self.table.borrow().entries[ix]
                .as_ref()
                .map(|e| e.2.clone())),
            Probe::Missing(_) => Ok(None),
        }
    }

    pub fn get_item(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = match native_hash(key) {
            Some(h) => h,
            None => vm.hash(key)?,
        };
        self.get_hashed(vm, key, h)
    }

    /// Lookup of a `str` key that never calls Python code (exact-str keys only): globals,
    /// builtins, class and instance dicts.
    pub fn get_str(&self, key: &Obj<StrData>) -> Option<Value> {
        let t = self.table.borrow();
        let ix = Self::find_str(&t, key)?;
        t.entries[ix].as_ref().map(|e| e.2.clone())
    }

    /// `get_str` that first tries the entry `hint` remembers (an index into the entries, kept
    /// by the caller per instruction, as CPython's inline caches keep `index`): when that entry
    /// holds this very key object the value is there without probing. Otherwise it probes and
    /// updates `hint`.
    #[inline(always)]
    pub fn get_str_hinted(&self, key: &Obj<StrData>, hint: &Cell<u64>) -> Option<Value> {
        {
            let t = self.table.borrow();
            if let Some(Some((_, k, v))) = t.entries.get(hint.get() as usize) {
                if k.raw() == key.addr() {
                    return Some(v.clone());
                }
            }
        }
        self.get_str_rehint(key, hint)
    }

    #[inline(never)]
    fn get_str_rehint(&self, key: &Obj<StrData>, hint: &Cell<u64>) -> Option<Value> {
        let t = self.table.borrow();
        let ix = Self::find_str(&t, key)?;
        hint.set(ix as u64);
        t.entries[ix].as_ref().map(|e| e.2.clone())
    }

    /// `set_str` that first tries the entry `hint` remembers (see `get_str_hinted`): when that
    /// entry holds this very key object its value is replaced without probing.
    #[inline]
    pub fn set_str_hinted(&self, vm: &Vm, key: &Obj<StrData>, value: Value, hint: &Cell<u64>) {
        match self.replace_str_hinted(key, value, hint) {
            Ok(old) => drop(old),
            Err(value) => self.set_str_rehint(vm, key, value, hint),
        }
    }

    /// Replaces the value of `key` in the entry `hint` remembers when that entry holds this
    /// very key object, giving back the old value (for the caller to drop); `value` comes back
    /// as the error when the hint misses.
    #[inline]
    pub fn replace_str_hinted(
        &self,
        key: &Obj<StrData>,
        value: Value,
        hint: &Cell<u64>,
    ) -> Result<Value, Value> {
        let mut t = self.table.borrow_mut();
        if let Some(Some(e)) = t.entries.get_mut(hint.get() as usize) {
            if e.1.raw() == key.addr() {
                let old = std::mem::replace(&mut e.2, value);
                drop(t);
                self.bump();
                return Ok(old);
            }
        }
        Err(value)
    }

    #[inline(never)]
    fn set_str_rehint(&self, vm: &Vm, key: &Obj<StrData>, value: Value, hint: &Cell<u64>) {
        self.set_str(vm, key, value);
        if let Some(ix) = Self::find_str(&self.table.borrow(), key) {
            hint.set(ix as u64);
        }
    }

    /// Adds `key`, which the caller knows is not in the dict (an instance dict moving along a
    /// known key shape), without probing for it first; the dict's `keys_version` becomes
    /// `keys_version` (the new shape's).
    pub fn insert_new_str(&self, key: &Obj<StrData>, value: Value, keys_version: u64) {
        let hash = key.hash_value();
        let mut t = self.table.borrow_mut();
        t.push_new(hash, key.to_value(), value, None);
        drop(t);
        self.bump();
        self.keys_version.set(keys_version);
    }

    /// The entry index of an exact-str key.
    fn find_str(t: &DictTable, key: &Obj<StrData>) -> Option<usize> {
        let hash = key.hash_value();
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = t.indices.at(i);
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                if let Some((h, k, _)) = &t.entries[ix as usize] {
                    if *h == hash {
                        if k.raw() == key.addr() {
                            return Some(ix as usize);
                        }
                        if let Some(ks) = k.downcast::<StrData>() {
                            if ks.eq_data(key) {
                                return Some(ix as usize);
                            }
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// `d.setdefault(key, dflt)` with a known hash: one lookup (so `__eq__` runs as often as
    /// for `d[key]`), then the value found or `dflt`, inserted. CPython: dictobject.c
    /// PyDict_SetDefault.
    pub fn setdefault_hashed(
        &self,
        vm: &Vm,
        key: &Value,
        hash: i64,
        dflt: Value,
    ) -> PyResult<Value> {
        {
            let mut t = self.table.borrow_mut();
            match t.probe_fast(key, hash) {
                Fast::Found(ix, _) => {
                    if let Some(e) = &t.entries[ix] {
                        return Ok(e.2.clone());
                    }
                }
                Fast::Missing(slot) => {
                    t.push_new(hash, key.clone(), dflt.clone(), Some(slot));
                    drop(t);
                    self.bump();
                    self.keys_version.set(next_keys_version());
                    return Ok(dflt);
                }
                Fast::Slow => {}
            }
        }
        match self.probe(vm, key, hash)? {
            Probe::Found(ix) => {
                if let Some(e) = &self.table.borrow().entries[ix] {
                    return Ok(e.2.clone());
                }
            }
            Probe::Missing(_) => {}
        }
        self.table
            .borrow_mut()
            .push_new(hash, key.clone(), dflt.clone(), None);
        self.bump();
        self.keys_version.set(next_keys_version());
        Ok(dflt)
    }

    /// `d[key] = value` with a known hash.
    pub fn set_hashed(&self, vm: &Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        {
            let mut t = self.table.borrow_mut();
            match t.probe_fast(&key, hash) {
                Fast::Found(ix, _) => {
                    let old = t.entries[ix]
                        .as_mut()
                        .map(|e| std::mem::replace(&mut e.2, value));
                    drop(t);
                    self.bump();
                    drop(old);
                    return Ok(());
                }
                Fast::Missing(slot) => {
                    t.push_new(hash, key, value, Some(slot));
                    drop(t);
                    self.bump();
                    self.keys_version.set(next_keys_version());
                    return Ok(());
                }
                Fast::Slow => {}
            }
        }
        match self.probe(vm, &key, hash)? {
            Probe::Found(ix) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    match &mut t.entries[ix] {
                        Some(e) => Some(std::mem::replace(&mut e.2, value)),
                        None => None,
                    }
                };
                self.bump();
                drop(old);
            }
            Probe::Missing(_) => {
                let mut t = self.table.borrow_mut();
                t.push_new(hash, key, value, None);
                drop(t);
                self.bump();
                self.keys_version.set(next_keys_version());
            }
        }
        Ok(())
    }

    pub fn set_item(&self, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        let h = match native_hash(&key) {
            Some(h) => h,
            None => vm.hash(&key)?,
        };
        self.set_hashed(vm, key, h, value)
    }

    /// Stores under a `str` key (never calls Python code).
    pub fn set_str(&self, vm: &Vm, key: &Obj<StrData>, value: Value) {
        let h = key.hash_value();
        // Probing with an exact str key compares other exact strs directly; a non-str key with
        // the same hash would need `__eq__`, which cannot fail for interned names in practice.
        let _ = self.set_hashed(vm, key.to_value(), h, value);
    }

    /// Removes `key`, returning its value.
    pub fn remove_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        {
            let mut t = self.table.borrow_mut();
            match t.probe_fast(key, hash) {
                Fast::Found(ix, slot) => {
                    t.indices.put(slot, DUMMY);
                    t.used -= 1;
                    let old = t.entries[ix].take();
                    drop(t);
                    self.bump();
                    return Ok(old.map(|(_, _, v)| v));
                }
                Fast::Missing(_) => return Ok(None),
                Fast::Slow => {}
            }
        }
        match self.probe(vm, key, hash)? {
            Probe::Found(ix) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    let mask = t.indices.len() - 1;
                    // Find the index slot pointing at `ix`.
                    let mut perturb = hash as u64;
                    let mut i = (hash as u64 as usize) & mask;
                    while t.indices.at(i) != ix as i64 {
                        i = next_probe(i, &mut perturb, mask);
                    }
                    t.indices.put(i, DUMMY);
                    t.used -= 1;
                    t.entries[ix].take()
                };
                self.bump();
                Ok(old.map(|(_, _, v)| v))
            }
            Probe::Missing(_) => Ok(None),
        }
    }

    pub fn remove_item(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = match native_hash(key) {
            Some(h) => h,
            None => vm.hash(key)?,
        };
        self.remove_hashed(vm, key, h)
    }

    /// The entry at position `pos` or later that is live, with the next position.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut p = pos;
        while p < t.entries.len() {
            if let Some((_, k, v)) = &t.entries[p] {
                return Some((p + 1, k.clone(), v.clone()));
            }
            p += 1;
        }
        None
    }

    /// Snapshot of the live (key, value) pairs, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .flatten()
            .map(|(_, k, v)| (k.clone(), v.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .flatten()
            .map(|(_, k, _)| k.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .flatten()
            .map(|(_, _, v)| v.clone())
            .collect()
    }

    /// Entries with their hashes (for copying without rehashing).
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .flatten()
            .map(|(h, k, v)| (*h, k.clone(), v.clone()))
            .collect()
    }

    /// Empties a dict about to serve as a new instance's `__dict__`, keeping its entry vector;
    /// false when it is not worth keeping (a large table, or a change while the old values
    /// were dropped).
    fn reset_for_reuse(&self) -> bool {
        let mut entries = {
            let Ok(mut t) = self.table.try_borrow_mut() else {
                return false;
            };
            if !t.indices.big.is_empty() || t.entries.capacity() > 2 * MIN_SIZE {
                return false;
            }
            t.indices = Indices::default();
            t.used = 0;
            std::mem::take(&mut t.entries)
        };
        // The old entries die here (which may run `__del__`).
        entries.clear();
        let Ok(mut t) = self.table.try_borrow_mut() else {
            return false;
        };
        if t.used != 0 || t.entries.capacity() != 0 {
            return false;
        }
        // What is replaced is an unallocated vector: nothing to drop.
        std::mem::forget(std::mem::replace(&mut t.entries, entries));
        drop(t);
        self.bump();
        self.keys_version.set(0);
        true
    }

    /// `dict.clear()`: removes every entry (a defaultdict keeps its factory).
    pub fn clear_all(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let (h, k, _) = {
            let t = self.table.borrow();
            t.entries
                .iter()
                .rev()
                .flatten()
                .next()
                .map(|(h, k, v)| (*h, k.clone(), v.clone()))?
        };
        let mut t = self.table.borrow_mut();
        let ix = t.entries.iter().rposition(|e| e.is_some())?;
        let mask = t.indices.len() - 1;
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        while t.indices.at(i) != ix as i64 {
            i = next_probe(i, &mut perturb, mask);
        }
        t.indices.put(i, DUMMY);
        t.used -= 1;
        let e = t.entries[ix].take();
        t.entries.truncate(ix);
        drop(t);
        self.bump();
        let _ = k;
        e.map(|(_, k, v)| (k, v))
    }
}

impl DictData {
    /// The number of entry positions (live or deleted), where reversed iteration starts.
    pub fn entries_len(&self) -> usize {
        self.table.borrow().entries.len()
    }

    /// The last live entry before position `pos`, with its own position.
    pub fn entry_before(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut p = pos.min(t.entries.len());
        while p > 0 {
            p -= 1;
            if let Some((_, k, v)) = &t.entries[p] {
                return Some((p, k.clone(), v.clone()));
            }
        }
        None
    }
}

pub type DictRef = PyRef<DictData>;

/// Drops the `__dict__` of an instance being freed: a plain dict that no one else holds is
/// emptied and kept for the next instance's first attribute (`take_instance_dict`), which
/// saves making and freeing a dict per short-lived instance (CPython keeps freed dicts on a
/// free list, dictobject.c `free_list`).
pub(crate) fn release_instance_dict(d: Value) {
    let keep = d.refcount() == 1
        && std::ptr::eq(d.class(), crate::types::types().dict)
        && d.downcast::<DictData>()
            .is_some_and(|dd| dd.reset_for_reuse())
        && d.refcount() == 1;
    if keep {
        if let Err(d) = crate::object::put_spare_dict(d) {
            drop(d);
        }
    }
}

/// An empty dict for an instance's first attribute: the one `release_instance_dict` kept, or
/// a new one with room for a few attributes.
pub(crate) fn take_instance_dict(vm: &Vm) -> Value {
    if let Some(d) = crate::object::take_spare_dict() {
        // Still empty and unshared (the collector's `gc.get_objects()` can reach it).
        if d.refcount() == 1 && d.downcast::<DictData>().is_some_and(|dd| dd.is_empty()) {
            return d;
        }
    }
    crate::object::alloc_object(vm.types.dict, DictData::with_capacity(4)).into_value()
}

pub fn init(vm: &Vm) {
    crate::dictviews::init(vm);
}
