//! The built-in object types, one file each under CPython's file names (Objects/*.c). Each file
//! defines its payload and an `init` that fills the type's dict with methods.

pub mod builtin;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod frameobject;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod module;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;
pub mod union;

use crate::vm::Vm;

/// Fills every built-in type's dict.
pub fn init_all(vm: &Vm) {
    object::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    self::str::init(vm);
    bytes::init(vm);
    tuple::init(vm);
    list::init(vm);
    dict::init(vm);
    set::init(vm);
    function::init(vm);
    descr::init(vm);
    exceptions::init(vm);
    range::init(vm);
    iter::init(vm);
    generator::init(vm);
    module::init(vm);
    code::init(vm);
    frameobject::init(vm);
    builtin::init(vm);
    genericalias::init(vm);
    union::init(vm);
    mappingproxy::init(vm);
    descr::init_descr_kinds(vm);
    crate::typevarobject::init(vm);
    memoryview::init(vm);
}
