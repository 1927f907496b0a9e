//! `list`: mutable sequences. The items sit in a `RefCell<Vec<Value>>`; no borrow is ever held
//! while Python code runs (values are cloned out first, and replaced values are dropped after
//! the borrow ends, since dropping may run `__del__`). CPython: Objects/listobject.c.

use std::cell::RefCell;

use crate::object::{Payload, Value};
use crate::vm::Vm;

pub struct ListData {
    pub items: RefCell<Vec<Value>>,
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: RefCell::new(items),
        }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }
    /// A copy of the items (for iteration that may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
    /// Replaces the item at `i`, dropping the old one after the borrow ends.
    pub fn set(&self, i: usize, v: Value) -> bool {
        let old = {
            let mut items = self.items.borrow_mut();
            match items.get_mut(i) {
                Some(slot) => std::mem::replace(slot, v),
                None => return false,
            }
        };
        drop(old);
        true
    }
}

impl Payload for ListData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            for v in items.iter() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

pub fn init(_vm: &Vm) {}
