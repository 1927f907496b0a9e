//! `object`, the root of every class, and the singletons `None`, `NotImplemented` and `...`.
//! Instances of classes made by `class` statements whose nearest built-in base is `object` carry
//! an `ObjectData`: the values of their `__slots__` (the `__dict__` lives in the pre-header).
//! CPython: Objects/object.c, Objects/typeobject.c (object_*).

use std::cell::Cell;

use crate::object::{Payload, Value};
use crate::vm::Vm;

pub struct ObjectData {
    pub slots: Box<[Cell<Option<Value>>]>,
}

impl ObjectData {
    pub fn new(nslots: usize) -> ObjectData {
        ObjectData {
            slots: (0..nslots).map(|_| Cell::new(None)).collect(),
        }
    }
}

impl Payload for ObjectData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for s in self.slots.iter() {
            let v = s.take();
            if let Some(v) = &v {
                visit(v);
            }
            s.set(v);
        }
    }
    fn clear(&self) {
        for s in self.slots.iter() {
            drop(s.take());
        }
    }
}

pub struct NoneData;
impl Payload for NoneData {}
pub struct NotImplementedData;
impl Payload for NotImplementedData {}
pub struct EllipsisData;
impl Payload for EllipsisData {}

pub fn init(vm: &Vm) {
    crate::ops::init_object_methods(vm);
}
