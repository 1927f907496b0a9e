//! `complex`: pairs of doubles. CPython: Objects/complexobject.c.

use crate::object::Payload;
use crate::vm::Vm;

pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexData {}

pub fn init(_vm: &Vm) {}
