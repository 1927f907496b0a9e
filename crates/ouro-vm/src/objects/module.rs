//! Module objects: a name and a `__dict__`. CPython: Objects/moduleobject.c.

use crate::object::{Payload, Value};
use crate::objects::dict::DictRef;
use crate::vm::Vm;

pub struct ModuleData {
    pub dict: DictRef,
}

impl Payload for ModuleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.dict.as_value());
    }
}

pub fn init(_vm: &Vm) {}
