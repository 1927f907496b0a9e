//! `range`, its iterator, and `slice`. CPython: Objects/rangeobject.c, Objects/sliceobject.c.

use std::cell::Cell;

use crate::object::{Payload, Value};
use crate::vm::Vm;

pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for RangeData {}

/// Iterator over a range whose bounds fit in an `i64`.
pub struct RangeIterData {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<u64>,
}

impl Payload for RangeIterData {}

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

pub fn init(_vm: &Vm) {}
