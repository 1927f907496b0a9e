//! `float`: IEEE 754 doubles, with CPython's `repr` (shortest round-trip) and arithmetic
//! errors. CPython: Objects/floatobject.c.

use crate::object::Payload;
use crate::vm::Vm;

pub struct FloatData(pub f64);

impl Payload for FloatData {}

pub fn init(vm: &Vm) {
    crate::ops::init_float_methods(vm);
}
