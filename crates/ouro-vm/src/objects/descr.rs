//! Descriptors: `property`, `classmethod`, `staticmethod`, `super`, member descriptors for
//! `__slots__` and get/set descriptors for attributes computed in Rust.
//! CPython: Objects/descrobject.c, Objects/funcobject.c (classmethod, staticmethod),
//! Objects/typeobject.c (super).

use std::cell::RefCell;

use crate::object::{Obj, Payload, Value};
use crate::typeobject::{TypeData, TypeRef};
use crate::vm::{PyResult, Vm};

pub struct PropertyData {
    pub fget: RefCell<Option<Value>>,
    pub fset: RefCell<Option<Value>>,
    pub fdel: RefCell<Option<Value>>,
    pub doc: RefCell<Option<Value>>,
    pub name: RefCell<Option<Value>>,
}

impl Payload for PropertyData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            let old = c.borrow_mut().take();
            drop(old);
        }
    }
}

pub struct ClassMethodData {
    pub func: RefCell<Option<Value>>,
}

impl Payload for ClassMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.func.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.func.borrow_mut().take();
        drop(old);
    }
}

pub struct StaticMethodData {
    pub func: RefCell<Option<Value>>,
}

impl Payload for StaticMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.func.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.func.borrow_mut().take();
        drop(old);
    }
}

pub struct SuperData {
    pub ty: RefCell<Option<TypeRef>>,
    pub obj: RefCell<Option<Value>>,
    pub obj_type: RefCell<Option<TypeRef>>,
}

impl Payload for SuperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.obj.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
}

/// A `__slots__` entry: the value lives at `index` in the instance's `ObjectData`.
pub struct MemberDescrData {
    pub name: crate::objects::str::StrRef,
    pub owner: usize,
    pub index: usize,
}

impl Payload for MemberDescrData {}

pub type Getter = fn(&Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&Vm, &Value, Option<Value>) -> PyResult<()>;

/// An attribute computed by Rust functions (`function.__name__`, `BaseException.args`...).
pub struct GetSetDescrData {
    pub name: &'static str,
    pub owner: &'static Obj<TypeData>,
    pub get: Getter,
    pub set: Option<Setter>,
}

impl Payload for GetSetDescrData {}

/// Adds a get/set descriptor to a built-in type's dict.
pub fn add_getset(
    vm: &Vm,
    ty: &'static Obj<TypeData>,
    name: &'static str,
    get: Getter,
    set: Option<Setter>,
) {
    let d = crate::object::alloc_object(
        vm.types.getset_descriptor,
        GetSetDescrData {
            name,
            owner: ty,
            get,
            set,
        },
    );
    ty.dict.set_str(vm, &vm.intern(name), d.into_value());
}

pub fn init(vm: &Vm) {
    crate::ops::init_descr_methods(vm);
}
