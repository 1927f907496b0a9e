//! `tuple`: immutable sequences. CPython: Objects/tupleobject.c.

use crate::object::{Payload, Value};
use crate::vm::Vm;

pub struct TupleData {
    items: Box<[Value]>,
}

impl TupleData {
    pub fn new(items: Vec<Value>) -> TupleData {
        TupleData {
            items: items.into_boxed_slice(),
        }
    }
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        &self.items
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Payload for TupleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            visit(v);
        }
    }
}

pub fn init(_vm: &Vm) {}
