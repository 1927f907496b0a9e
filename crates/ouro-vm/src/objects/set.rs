//! `set` and `frozenset`: open-addressing hash tables with CPython's layout and probing (runs
//! of linear probes, then perturbation; growth by 4x, 2x beyond 50,000 entries), so that
//! iteration order equals CPython's for the same hashes and insertion history.
//! CPython: Objects/setobject.c.

use std::cell::{Cell, RefCell};

use crate::object::{Payload, Value};
use crate::vm::{PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
use ouro_bytecode::pyhash::next_probe;
const DUMMY_HASH: i64 = -1;

#[derive(Default)]
pub struct SetTable {
    /// (hash, key); `None` key with hash 0 is unused, `None` with DUMMY_HASH a deleted slot.
    slots: Vec<(i64, Option<Value>)>,
    fill: usize,
    used: usize,
}

pub struct SetData {
    table: RefCell<SetTable>,
    pub version: Cell<u64>,
    /// Cached hash of a frozenset (-1 until computed).
    pub hash: Cell<i64>,
    /// Where `pop` resumes its search (CPython's `finger`).
    finger: Cell<usize>,
}

impl Payload for SetData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for (_, k) in t.slots.iter() {
                if let Some(k) = k {
                    visit(k);
                }
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        drop(old);
    }
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

fn insert_clean(slots: &mut [(i64, Option<Value>)], hash: i64, key: Value) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if slots[i].1.is_none() {
            slots[i] = (hash, Some(key));
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if slots[i + j].1.is_none() {
                    slots[i + j] = (hash, Some(key));
                    return;
                }
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

impl SetTable {
    /// `SetData::find` for keys whose comparisons need no Python code, with the table
    /// borrowed once; None when a key with the same hash needs `__eq__`.
    #[inline(always)]
    fn find_fast(&self, key: &Value, hash: i64) -> Option<Option<Found>> {
        if self.slots.is_empty() {
            return Some(None);
        }
        // The first slot inline: unused, or the very key object, settles most lookups.
        let i = (hash as u64 as usize) & (self.slots.len() - 1);
        match &self.slots[i] {
            (0, None) => {
                return Some(Some(Found::Missing {
                    free: None,
                    unused: i,
                }))
            }
            (h, Some(k)) if *h == hash && k.is(key) => return Some(Some(Found::Active(i))),
            _ => {}
        }
        self.find_fast_loop(key, hash)
    }

    /// `find_fast` beyond the first slot's easy cases.
    #[inline(never)]
    fn find_fast_loop(&self, key: &Value, hash: i64) -> Option<Option<Found>> {
        if self.slots.is_empty() {
            return Some(None);
        }
        let mask = self.slots.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut free = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for (idx, (h, k)) in self.slots[i..=i + probes].iter().enumerate() {
                match k {
                    None if *h == DUMMY_HASH => {
                        if free.is_none() {
                            free = Some(i + idx);
                        }
                    }
                    None => {
                        return Some(Some(Found::Missing {
                            free,
                            unused: i + idx,
                        }))
                    }
                    Some(k) if *h == hash => {
                        if k.is(key) {
                            return Some(Some(Found::Active(i + idx)));
                        }
                        match crate::objects::dict::native_key_eq(k, key) {
                            Some(true) => return Some(Some(Found::Active(i + idx))),
                            Some(false) => {}
                            None => return None,
                        }
                    }
                    Some(_) => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.slots);
        self.slots = (0..size).map(|_| (0, None)).collect();
        self.fill = self.used;
        for (h, k) in old {
            if let Some(k) = k {
                insert_clean(&mut self.slots, h, k);
            }
        }
    }
}

enum Found {
    Active(usize),
    Missing { free: Option<usize>, unused: usize },
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: RefCell::new(SetTable::default()),
            version: Cell::new(0),
            hash: Cell::new(-1),
            finger: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// The number of slots of the hash table (0 before the first insertion).
    pub fn table_size(&self) -> usize {
        self.table.borrow().slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn find(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Found>> {
        if let Some(r) = self.table.borrow().find_fast(key, hash) {
            return Ok(r);
        }
        'restart: loop {
            let version = self.version.get();
            let (mask, mut i) = {
                let t = self.table.borrow();
                if t.slots.is_empty() {
                    return Ok(None);
                }
                let mask = t.slots.len() - 1;
                (mask, (hash as u64 as usize) & mask)
            };
            let mut perturb = hash as u64;
            let mut free = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in 0..=probes {
                    let idx = i + j;
                    let candidate = {
                        let t = self.table.borrow();
                        let (h, k) = &t.slots[idx];
                        match k {
                            None if *h == DUMMY_HASH => {
                                if free.is_none() {
                                    free = Some(idx);
                                }
                                None
                            }
                            None => return Ok(Some(Found::Missing { free, unused: idx })),
                            Some(k) if *h == hash => {
                                if k.is(key) {
                                    return Ok(Some(Found::Active(idx)));
                                }
                                if let (Some(a), Some(b)) = (exact_str(k), exact_str(key)) {
                                    if a.eq_data(b) {
                                        return Ok(Some(Found::Active(idx)));
                                    }
                                    None
                                } else {
                                    Some(k.clone())
                                }
                            }
                            Some(_) => None,
                        }
                    };
                    if let Some(k) = candidate {
                        let eq = vm.eq_bool(&k, key)?;
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Some(Found::Active(idx)));
                        }
                    }
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    pub fn add_hashed(&self, vm: &Vm, key: Value, hash: i64) -> PyResult<()> {
        if self.table.borrow().slots.is_empty() {
            self.table.borrow_mut().resize(0);
        }
        match self.find(vm, &key, hash)? {
            Some(Found::Active(_)) => Ok(()),
            Some(Found::Missing { free, unused }) => {
                let mut t = self.table.borrow_mut();
                self.version.set(self.version.get() + 1);
                t.used += 1;
                if let Some(f) = free {
                    t.slots[f] = (hash, Some(key));
                    return Ok(());
                }
                t.fill += 1;
                t.slots[unused] = (hash, Some(key));
                let mask = t.slots.len() - 1;
                if t.fill * 5 >= mask * 3 {
                    let used = t.used;
                    t.resize(if used > 50000 { used * 2 } else { used * 4 });
                }
                Ok(())
            }
            None => Ok(()),
        }
    }

    pub fn add(&self, vm: &Vm, key: Value) -> PyResult<()> {
        let h = match crate::objects::dict::native_hash(&key) {
            Some(h) => h,
            None => vm.hash(&key)?,
        };
        self.add_hashed(vm, key, h)
    }

    pub fn contains_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.find(vm, key, hash)?, Some(Found::Active(_))))
    }

    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let h = match crate::objects::dict::native_hash(key) {
            Some(h) => h,
            None => vm.hash(key)?,
        };
        self.contains_hashed(vm, key, h)
    }

    /// Removes `key`; whether it was present.
    pub fn discard(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let h = vm.hash(key)?;
        self.discard_hashed(vm, key, h)
    }

    /// `discard` with the hash of `key` already known.
    pub fn discard_hashed(&self, vm: &Vm, key: &Value, h: i64) -> PyResult<bool> {
        match self.find(vm, key, h)? {
            Some(Found::Active(idx)) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    std::mem::replace(&mut t.slots[idx], (DUMMY_HASH, None))
                };
                self.version.set(self.version.get() + 1);
                drop(old);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// The items in table order (CPython's iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|(_, k)| k.clone())
            .collect()
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|(h, k)| k.clone().map(|k| (*h, k)))
            .collect()
    }

    /// The item at table position `pos` or later, with the next position.
    pub fn next_item(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        let mut p = pos;
        while p < t.slots.len() {
            if let Some(k) = &t.slots[p].1 {
                return Some((p + 1, k.clone()));
            }
            p += 1;
        }
        None
    }

    /// Removes and returns an arbitrary item (`set.pop`), as CPython picks it (set_pop).
    pub fn pop_any(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let n = t.slots.len();
        let mut i = self.finger.get() & (n - 1);
        while t.slots[i].1.is_none() {
            i += 1;
            if i >= n {
                i = 0;
            }
        }
        t.used -= 1;
        let (_, k) = std::mem::replace(&mut t.slots[i], (DUMMY_HASH, None));
        drop(t);
        self.finger.set(i + 1);
        self.version.set(self.version.get() + 1);
        k
    }

    /// Adds every item of another set (CPython set_merge): an empty table of the same size
    /// takes the entries at the same positions, so that copies iterate in the same order.
    pub fn merge_set(&self, vm: &Vm, other: &SetData) -> PyResult<()> {
        let entries = other.hashed_items_with_mask();
        let (other_used, other_mask) = (entries.0.len(), entries.1);
        if other_used == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if t.slots.is_empty() {
                t.resize(0);
            }
            let mask = t.slots.len() - 1;
            if (t.fill + other_used) * 5 >= mask * 3 {
                let want = (t.used + other_used) * 2;
                t.resize(want);
            }
            let mask = t.slots.len() - 1;
            if t.fill == 0 {
                if mask == other_mask {
                    for (pos, h, k) in &entries.0 {
                        t.slots[*pos] = (*h, Some(k.clone()));
                    }
                } else {
                    for (_, h, k) in &entries.0 {
                        insert_clean(&mut t.slots, *h, k.clone());
                    }
                }
                t.fill = other_used;
                t.used = other_used;
                drop(t);
                self.version.set(self.version.get() + 1);
                return Ok(());
            }
        }
        for (_, h, k) in entries.0 {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// Active entries with their table positions, and the table mask.
    fn hashed_items_with_mask(&self) -> (Vec<(usize, i64, Value)>, usize) {
        let t = self.table.borrow();
        let items = t
            .slots
            .iter()
            .enumerate()
            .filter_map(|(i, (h, k))| k.clone().map(|k| (i, *h, k)))
            .collect();
        (items, t.slots.len().saturating_sub(1))
    }

    /// Adds the keys of a dict, presizing as CPython's set_update_internal does.
    pub fn merge_dict(&self, vm: &Vm, d: &crate::objects::dict::DictData) -> PyResult<()> {
        let items = d.hashed_items();
        {
            let mut t = self.table.borrow_mut();
            if t.slots.is_empty() {
                t.resize(0);
            }
            let mask = t.slots.len() - 1;
            if (t.fill + items.len()) * 5 >= mask * 3 {
                let want = (t.used + items.len()) * 2;
                t.resize(want);
            }
        }
        for (h, k, _) in items {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// The frozenset hash (CPython frozenset_hash).
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        let t = self.table.borrow();
        for (h, k) in t.slots.iter() {
            if k.is_some() {
                hash ^= shuffle(*h as u64);
            }
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    pub fn clear_all(&self) {
        Payload::clear(self);
        self.version.set(self.version.get() + 1);
    }
}

fn exact_str(v: &Value) -> Option<&crate::objects::str::StrData> {
    let s = v.downcast::<crate::objects::str::StrData>()?;
    if s.is_exact() {
        Some(s)
    } else {
        None
    }
}

pub fn init(vm: &Vm) {
    crate::setmethods::init(vm);
}
