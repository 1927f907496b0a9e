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

/// The `reverse=` argument: any int (or bool) value.
pub fn reverse_flag(vm: &Vm, v: &Value) -> PyResult<bool> {
    if crate::objects::int::as_int(v).is_some() {
        return vm.is_true(v);
    }
    if crate::ops::float_of(v).is_some() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(vm.index_to_isize(v)? != 0)
}

fn lt(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    vm.compare_bool(a, b, CompareOp::Lt)
}

/// Sorts `idx` (positions into `keys`) stably by `keys`.
fn merge_sort(vm: &Vm, keys: &[Value], idx: &mut Vec<usize>) -> PyResult<()> {
    const RUN: usize = 32;
    let n = idx.len();
    // Binary insertion sort on runs of RUN items.
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = idx[i];
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(vm, &keys[x], &keys[idx[mid]])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            idx.copy_within(lo..i, lo + 1);
            idx[lo] = x;
        }
        start = end;
    }
    // Bottom-up merging.
    let mut width = RUN;
    let mut buf = vec![0usize; n];
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if lt(vm, &keys[idx[j]], &keys[idx[i]])? {
                        buf[k] = idx[j];
                        j += 1;
                    } else {
                        buf[k] = idx[i];
                        i += 1;
                    }
                    k += 1;
                }
                buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
                k += mid - i;
                buf[k..k + (hi - j)].copy_from_slice(&idx[j..hi]);
                idx[lo..hi].copy_from_slice(&buf[lo..hi]);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
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
    let r = merge_sort(vm, &keys, &mut idx);
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
