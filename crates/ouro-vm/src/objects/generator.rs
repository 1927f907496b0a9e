//! Generators, coroutines and async generators: a suspended frame (its locals and value stack
//! moved off the data stack) plus the instruction to resume at. CPython: Objects/genobject.c.

use std::cell::{Cell, RefCell};

use crate::frame::SavedFrame;
use crate::object::{Payload, Value};
use crate::objects::code::CodeRef;
use crate::objects::str::StrRef;
use crate::vm::Vm;

pub struct GeneratorData {
    pub frame: RefCell<Option<SavedFrame>>,
    pub code: CodeRef,
    pub name: RefCell<StrRef>,
    pub qualname: RefCell<StrRef>,
    pub running: Cell<bool>,
    /// The frame object, once something asked for it (`gi_frame`).
    pub frame_obj: RefCell<Option<Value>>,
}

impl Payload for GeneratorData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = &*f {
                f.traverse(visit);
            }
        }
    }
    fn clear(&self) {
        let old = self.frame.borrow_mut().take();
        drop(old);
    }
}

pub fn init(_vm: &Vm) {}
