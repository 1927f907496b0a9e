//! Python functions (`def` and `lambda`), bound methods and cells.
//! CPython: Objects/funcobject.c, Objects/classobject.c, Objects/cellobject.c.

use std::cell::{Cell, RefCell};

use crate::object::{Payload, PyRef, Value};
use crate::objects::code::CodeData;
use crate::objects::dict::DictRef;
use crate::objects::str::StrRef;
use crate::vm::Vm;

pub struct FunctionData {
    pub code: RefCell<PyRef<CodeData>>,
    pub globals: DictRef,
    pub builtins: DictRef,
    pub name: RefCell<StrRef>,
    pub qualname: RefCell<StrRef>,
    /// `__defaults__`: a tuple or None.
    pub defaults: RefCell<Option<Value>>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: RefCell<Option<Value>>,
    /// `__closure__`: a tuple of cells or None.
    pub closure: RefCell<Option<Value>>,
    pub doc: RefCell<Option<Value>>,
    pub module: RefCell<Option<Value>>,
    pub annotations: RefCell<Option<Value>>,
    pub type_params: RefCell<Option<Value>>,
}

impl Payload for FunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.globals.as_value());
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.doc,
            &self.module,
            &self.annotations,
            &self.type_params,
        ] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.doc,
            &self.module,
            &self.annotations,
            &self.type_params,
        ] {
            let old = c.borrow_mut().take();
            drop(old);
        }
    }
}

pub struct BoundMethodData {
    pub func: Value,
    pub self_: Value,
}

impl Payload for BoundMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

pub struct CellData {
    pub contents: Cell<Option<Value>>,
}

impl CellData {
    pub fn get(&self) -> Option<Value> {
        let v = self.contents.take();
        let r = v.clone();
        self.contents.set(v);
        r
    }
    pub fn set(&self, v: Option<Value>) {
        let old = self.contents.replace(v);
        drop(old);
    }
}

impl Payload for CellData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = self.get() {
            visit(&v);
        }
    }
    fn clear(&self) {
        self.set(None);
    }
}

pub fn init(vm: &Vm) {
    crate::ops::init_function_methods(vm);
}
