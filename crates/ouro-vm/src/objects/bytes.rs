//! `bytes`: immutable byte strings. CPython: Objects/bytesobject.c.

use crate::object::Payload;
use crate::vm::Vm;

pub struct BytesData(pub Box<[u8]>);

impl Payload for BytesData {}

pub fn init(_vm: &Vm) {}
