//! `bytes` (immutable byte strings) and `bytearray` (mutable ones); their methods live in
//! bytesmethods.rs. CPython: Objects/bytesobject.c, Objects/bytearrayobject.c.

use std::cell::RefCell;

use crate::object::Payload;
use crate::vm::Vm;

pub struct BytesData(pub Box<[u8]>);

impl Payload for BytesData {}

/// The payload of `bytearray`: the bytes behind a RefCell (never borrowed across Python code).
pub struct ByteArrayData(pub RefCell<Vec<u8>>);

impl Payload for ByteArrayData {}

pub fn init(vm: &Vm) {
    crate::bytesmethods::init(vm);
}
