//! `list.sort` and `sorted`: a stable merge sort (binary insertion on short runs, then
//! bottom-up merging) driven by a fallible `<`. For any consistent ordering a stable sort gives
//! the same result as CPython's timsort. As CPython, the list is emptied while it is sorted and
//! a change made meanwhile raises "list modified during sort"; `reverse=True` reverses, sorts
//! and reverses again so that equal items keep their order. CPython: Objects/listobject.c
//! list_sort_impl.

use crate::number::CompareOp;
use crate::object::{Obj, Value};
use crate::objects::list::ListData;
use crate::vm::{PyResult, Vm};

/// The `reverse=` argument: any value, by its truth (CPython 3.12's `reverse: bool`).
pub fn reverse_flag(vm: &Vm, v: &Value) -> PyResult<bool> {
    vm.is_true(v)
}

fn lt(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    vm.compare_bool(a, b, CompareOp::Lt)
}

/// CPython merge_compute_minrun.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run starting at `lo` (CPython count_run): non-descending, or strictly
/// descending (then reversed in place).
fn count_run(vm: &Vm, keys: &[Value], idx: &mut [usize], lo: usize, hi: usize) -> PyResult<usize> {
    if lo + 1 >= hi {
        return Ok(hi - lo);
    }
    let mut n = 2;
    if lt(vm, &keys[idx[lo + 1]], &keys[idx[lo]])? {
        let mut i = lo + 2;
        while i < hi && lt(vm, &keys[idx[i]], &keys[idx[i - 1]])? {
            i += 1;
            n += 1;
        }
        idx[lo..lo + n].reverse();
    } else {
        let mut i = lo + 2;
        while i < hi && !lt(vm, &keys[idx[i]], &keys[idx[i - 1]])? {
            i += 1;
            n += 1;
        }
    }
    Ok(n)
}

/// Binary insertion of `idx[start..hi]` into the sorted `idx[lo..start]` (CPython binarysort).
fn binarysort(
    vm: &Vm,
    keys: &[Value],
    idx: &mut [usize],
    lo: usize,
    hi: usize,
    start: usize,
) -> PyResult<()> {
    for i in start.max(lo + 1)..hi {
        let x = idx[i];
        let (mut l, mut r) = (lo, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, &keys[x], &keys[idx[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx.copy_within(l..i, l + 1);
        idx[l] = x;
    }
    Ok(())
}

/// Stable merge of the adjacent sorted ranges `idx[lo..mid]` and `idx[mid..hi]`.
fn merge(
    vm: &Vm,
    keys: &[Value],
    idx: &mut [usize],
    lo: usize,
    mid: usize,
    hi: usize,
) -> PyResult<()> {
    let left: Vec<usize> = idx[lo..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, lo);
    while i < left.len() && j < hi {
        if lt(vm, &keys[idx[j]], &keys[left[i]])? {
            idx[k] = idx[j];
            j += 1;
        } else {
            idx[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        idx[k] = left[i];
        i += 1;
        k += 1;
    }
    Ok(())
}

/// Sorts `idx` (positions into `keys`) stably by `keys`: natural runs extended to `minrun`
/// by binary insertion as CPython's timsort makes them, then merged. For lists shorter than
/// 64 the comparisons made are exactly CPython's.
fn merge_sort(vm: &Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut len = count_run(vm, keys, idx, lo, n)?;
        if len < minrun {
            let force = minrun.min(n - lo);
            binarysort(vm, keys, idx, lo, lo + force, lo + len)?;
            len = force;
        }
        runs.push((lo, lo + len));
        lo += len;
    }
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        let mut i = 0;
        while i + 1 < runs.len() {
            let (a, m) = runs[i];
            let (_, b) = runs[i + 1];
            merge(vm, keys, idx, a, m, b)?;
            next.push((a, b));
            i += 2;
        }
        if i < runs.len() {
            next.push(runs[i]);
        }
        runs = next;
    }
    Ok(())
}

/// Sorts `idx` by `keys` without calling `<` when every key is a small int, every key an
/// exact float (no NaN) or every key an exact str: their built-in orderings are total, so
/// Rust's stable sort gives the same order as comparing them one by one (CPython's
/// unsafe_long_compare, unsafe_float_compare and unsafe_latin_compare serve the same end).
/// Returns false, leaving `idx` untouched, for any other mix of keys.
fn sort_homogeneous(vm: &Vm, keys: &[Value], idx: &mut [usize]) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    if first.is_small_int() {
        let mut ks = Vec::with_capacity(keys.len());
        for k in keys {
            match k.as_small_int() {
                Some(i) => ks.push(i),
                None => return false,
            }
        }
        idx.sort_by_key(|&i| ks[i]);
        return true;
    }
    let class = first.class();
    if std::ptr::eq(class, vm.types.float) {
        let mut ks = Vec::with_capacity(keys.len());
        for k in keys {
            match k.downcast::<crate::objects::float::FloatData>() {
                Some(f) if std::ptr::eq(k.class(), class) && !f.0.is_nan() => ks.push(f.0),
                _ => return false,
            }
        }
        idx.sort_by(|&a, &b| {
            ks[a]
                .partial_cmp(&ks[b])
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    if std::ptr::eq(class, vm.types.str) {
        let mut ks = Vec::with_capacity(keys.len());
        for k in keys {
            match k.downcast::<crate::objects::str::StrData>() {
                Some(s) if std::ptr::eq(k.class(), class) && !s.has_surrogates() => {
                    ks.push(s.as_str().as_bytes())
                }
                _ => return false,
            }
        }
        idx.sort_by(|&a, &b| ks[a].cmp(ks[b]));
        return true;
    }
    false
}

/// Sorts a vector of values by `key` (or by themselves), stably; on error the vector keeps
/// its original contents.
pub fn sort_values(
    vm: &Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    if reverse {
        items.reverse();
    }
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                match vm.call(f, &[x.clone()], &[]) {
                    Ok(k) => ks.push(k),
                    Err(e) => {
                        if reverse {
                            items.reverse();
                        }
                        return Err(e);
                    }
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let r = if sort_homogeneous(vm, &keys, &mut idx) {
        Ok(())
    } else {
        merge_sort(vm, &keys, &mut idx)
    };
    if r.is_ok() {
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
        *items = sorted;
    }
    if reverse {
        items.reverse();
    }
    r
}

/// `list.sort(key=..., reverse=...)`.
pub fn sort_list(vm: &Vm, l: &Obj<ListData>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = sort_values(vm, &mut items, key, reverse);
    let intruders = std::mem::replace(&mut *l.items.borrow_mut(), items);
    let modified = !intruders.is_empty();
    drop(intruders);
    r?;
    if modified {
        return Err(vm.new_value_error("list modified during sort"));
    }
    Ok(())
}
