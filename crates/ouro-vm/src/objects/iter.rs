//! Iterators of the built-in containers and the iterator built-ins: sequence iterators (for
//! list, tuple, str and the `__getitem__` protocol), dict views and iterators,
//! `iter(callable, sentinel)`, `enumerate`, `zip`, `map`, `filter`.
//! CPython: Objects/iterobject.c, Objects/dictobject.c, Objects/enumobject.c, Python/bltinmodule.c.

use std::cell::{Cell, RefCell};

use crate::object::{Payload, Value};
use crate::objects::dict::DictRef;
use crate::vm::Vm;

/// Iterator over anything indexed by position: `seq` is None once exhausted.
pub struct SeqIterData {
    pub seq: RefCell<Option<Value>>,
    pub index: Cell<usize>,
    /// For set iterators: the set's size when iteration started.
    pub expected_len: Cell<usize>,
}

impl SeqIterData {
    pub fn new(seq: Value) -> SeqIterData {
        SeqIterData {
            seq: RefCell::new(Some(seq)),
            index: Cell::new(0),
            expected_len: Cell::new(0),
        }
    }
}

impl Payload for SeqIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.seq.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.seq.borrow_mut().take();
        drop(old);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub struct DictViewData {
    pub dict: DictRef,
    pub kind: DictIterKind,
}

impl Payload for DictViewData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.dict.as_value());
    }
}

pub struct DictIterData {
    pub dict: RefCell<Option<DictRef>>,
    pub pos: Cell<usize>,
    pub kind: DictIterKind,
    pub initial_len: usize,
    pub reversed: bool,
}

impl Payload for DictIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.dict.try_borrow() {
            if let Some(v) = &*b {
                visit(v.as_value());
            }
        }
    }
    fn clear(&self) {
        let old = self.dict.borrow_mut().take();
        drop(old);
    }
}

pub struct CallableIterData {
    pub callable: RefCell<Option<Value>>,
    pub sentinel: Value,
}

impl Payload for CallableIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.sentinel);
    }
}

pub struct EnumerateData {
    pub iter: Value,
    pub count: RefCell<Value>,
}

impl Payload for EnumerateData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.iter);
    }
}

pub struct ZipData {
    pub iters: Vec<Value>,
    pub strict: bool,
}

impl Payload for ZipData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in &self.iters {
            visit(v);
        }
    }
}

pub struct MapData {
    pub func: Value,
    pub iters: Vec<Value>,
}

impl Payload for MapData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        for v in &self.iters {
            visit(v);
        }
    }
}

pub struct FilterData {
    pub func: Value,
    pub iter: Value,
}

impl Payload for FilterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.iter);
    }
}

pub fn init(vm: &Vm) {
    crate::ops::init_iter_methods(vm);
}
